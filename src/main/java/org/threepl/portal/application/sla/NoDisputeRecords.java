package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import org.threepl.portal.domain.model.sla.DisputeFigures;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.KpiValue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The dispute figures while the portal records no disputes (the dispute workflow is a later issue):
 * nothing to judge, so the dispute KPIs show "no data" rather than a made-up zero. The dispute
 * workflow replaces this bean with one that reads its records.
 */
@ApplicationScoped
public class NoDisputeRecords implements DisputeFigures {

    @Override
    public KpiValue value(Long organisationId, Kpi kpi, LocalDate from, LocalDate toExclusive) {
        return new KpiValue(kpi, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
