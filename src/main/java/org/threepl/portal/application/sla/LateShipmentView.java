package org.threepl.portal.application.sla;

import java.time.Instant;

/** A shipment counted as late (or not in full, damaged) in a KPI, as the drill-down lists it. */
public record LateShipmentView(Long id, String reference, String lane, String serviceLevel, Instant due, Instant clockStop,
                               long minutesLate, String status) {
}
