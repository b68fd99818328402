/**
 * Scheduled reports: a user's standing order for an export they may download (shipment history, SLA period report,
 * dispute statistics), its cadence and how it reaches them, and the files kept for a link.
 */
package org.threepl.portal.domain.model.report;
