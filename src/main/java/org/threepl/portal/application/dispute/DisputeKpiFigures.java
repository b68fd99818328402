package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.sla.DisputeFigures;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.KpiValue;

/**
 * The dispute KPIs from the disputes' records, for the disputes filed in the period:
 *
 * <ul>
 *   <li>acknowledgement time: days from filing to the 3PL's acknowledgement, averaged over those acknowledged;
 *   <li>resolution time: days from filing to settlement or rejection, averaged over those resolved;
 *   <li>claims ratio: loss-or-damage disputes filed per 1,000 shipments delivered in the period.
 * </ul>
 */
@ApplicationScoped
@Transactional
public class DisputeKpiFigures implements DisputeFigures {

    @Inject
    DisputeRepository disputes;

    @Inject
    ShipmentRepository shipments;

    @Override
    public KpiValue value(Long organisationId, Kpi kpi, LocalDate from, LocalDate toExclusive) {
        return switch (kpi) {
            case DISPUTE_ACKNOWLEDGEMENT_TIME ->
                days(kpi, disputes.firstSteps(organisationId, from, toExclusive, List.of(DisputeAction.ACKNOWLEDGE)));
            case DISPUTE_RESOLUTION_TIME ->
                days(
                        kpi,
                        disputes.firstSteps(
                                organisationId,
                                from,
                                toExclusive,
                                List.of(DisputeAction.ACCEPT_OFFER, DisputeAction.REJECT)));
            case CLAIMS_RATIO ->
                KpiValue.of(
                        kpi,
                        disputes.filed(organisationId, DisputeKind.LOSS_OR_DAMAGE, from, toExclusive),
                        shipments.deliveredBetween(
                                organisationId,
                                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                                toExclusive.atStartOfDay(ZoneOffset.UTC).toInstant()));
            default -> throw new IllegalArgumentException(kpi + " does not come from disputes");
        };
    }

    private static KpiValue days(Kpi kpi, List<Object[]> rows) {
        long total = 0;
        for (Object[] r : rows) {
            LocalDate filed = (LocalDate) r[0];
            LocalDate step = LocalDate.ofInstant((Instant) r[1], ZoneOffset.UTC);
            total += Math.max(0, ChronoUnit.DAYS.between(filed, step));
        }
        return new KpiValue(kpi, BigDecimal.valueOf(total), BigDecimal.valueOf(rows.size()));
    }
}
