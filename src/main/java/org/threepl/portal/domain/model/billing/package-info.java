/**
 * Billing: what the 3PL's billing system invoiced each client, line by line. The {@link Invoice} aggregate (number
 * unique per organisation, issue and due dates, one currency, the lines and their total, and optionally the 3PL's own
 * cost of it, which clients never see) with its {@link InvoiceLine}s; {@link InvoiceContent} is an invoice's content as
 * sent, checked as a whole (every bad input reported at once) before it becomes or replaces an invoice. Billing
 * disputes name the lines they contest; contested lines cannot change afterwards.
 */
package org.threepl.portal.domain.model.billing;
