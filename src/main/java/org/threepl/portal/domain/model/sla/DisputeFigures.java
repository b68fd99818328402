package org.threepl.portal.domain.model.sla;

import java.time.LocalDate;

/**
 * Where the KPIs that come from disputes get their figures: the claims ratio (claims per 1,000 shipments delivered) and
 * the dispute acknowledgement and resolution times (total days over disputes). The dispute workflow provides them; a
 * KPI with no disputes to judge has no value (0/0).
 */
public interface DisputeFigures {

    /** The KPI's numerator and denominator for an organisation's disputes of the days [from, toExclusive). */
    KpiValue value(Long organisationId, Kpi kpi, LocalDate from, LocalDate toExclusive);
}
