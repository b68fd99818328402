package org.threepl.portal.domain.model.report;

/** The exports a schedule can send: the same files the pages download. */
public enum ReportKind {
    /** The shipment history under a filter (the shipments page's export). */
    SHIPMENTS,
    /** One organisation's SLA period report (the service-level page's export). */
    SLA_PERIOD,
    /** Open and settled disputes counted (the dispute statistics page, for the 3PL's operations admins). */
    DISPUTE_STATISTICS
}
