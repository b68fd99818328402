package org.threepl.portal.application.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.sla.KpiCounts;
import org.threepl.portal.domain.model.sla.ShipmentOutcome;

/**
 * The daily KPI roll-ups ({@code kpi_daily}): recomputed from the shipments of a range of days of one organisation
 * (deleted and written again in one transaction, so readers see the old or the new rows, never a mix), and read back
 * for any period and scope.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaKpiRollupRepository}.
 */
public interface KpiRollupRepository {
    /** One roll-up row's key. */
    record RowKey(LocalDate day, String lane, String serviceLevel) {}

    /** A roll-up row read back. */
    record Row(LocalDate day, String lane, String serviceLevel, KpiCounts counts, Instant computedAt) {}

    /** A shipment due in a period, with its KPI facts. */
    record DueShipment(
            Long id, String reference, String lane, String serviceLevel, String status, ShipmentOutcome outcome) {}

    /**
     * Recomputes an organisation's rows for the days {@code from} to {@code to} (inclusive) from its shipments, as of
     * {@code now}; returns the number of shipments read.
     */
    long recompute(Long organisationId, LocalDate from, LocalDate to, Instant now);

    /**
     * Hands the organisation's shipments whose delivery (or pick-up) window ends in [from, to), in a lane or service
     * level if given, latest due first, to {@code visit} until it returns false.
     */
    void forEachDue(
            Long organisationId,
            boolean byPickup,
            Instant from,
            Instant to,
            String lane,
            String serviceLevel,
            java.util.function.Predicate<DueShipment> visit);

    /** An organisation's rows for the days {@code from} (inclusive) to {@code to} (exclusive), by day. */
    List<Row> rows(Long organisationId, LocalDate from, LocalDate toExclusive);
}
