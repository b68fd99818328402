/**
 * Invoices: recorded by the 3PL's billing system through the API (created or replaced by number, with If-Match), read
 * by clients (their own, never the 3PL's cost or margin) and by staff (their clients'), and their lines named by
 * billing disputes. {@link InvoiceRecording} (the billing system's command), {@link InvoiceQueries} (the reading), over
 * the package-private {@code InvoiceAccess}, and the read models.
 */
package org.threepl.portal.application.billing;
