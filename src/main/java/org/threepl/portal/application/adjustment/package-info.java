/**
 * Billing adjustments: the credit notes and charges that SLA periods, settled disputes and partnership tiers give a
 * client, issued once per cause, read by the client with its invoices and by the 3PL's billing system.
 */
package org.threepl.portal.application.adjustment;
