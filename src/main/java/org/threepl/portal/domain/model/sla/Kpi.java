package org.threepl.portal.domain.model.sla;

/**
 * The KPIs an SLA can set targets for. Rates are shares of the shipments judged (see {@link ShipmentOutcome}); the
 * claims ratio is claims per 1,000 shipments delivered; dispute times are average days. The readable names and
 * definitions are in the message bundles under {@code kpi.<name>} and in docs/workflows.md.
 */
public enum Kpi {
    ON_TIME_PICKUP(Unit.PERCENT, true),
    ON_TIME_DELIVERY(Unit.PERCENT, true),
    IN_FULL(Unit.PERCENT, true),
    OTIF(Unit.PERCENT, true),
    DAMAGE_FREE(Unit.PERCENT, true),
    /** On time × in full × damage-free (correct documentation is not recorded yet, so it counts as 1). */
    PERFECT_ORDER(Unit.PERCENT, true),
    CLAIMS_RATIO(Unit.PER_THOUSAND, false),
    DISPUTE_ACKNOWLEDGEMENT_TIME(Unit.DAYS, false),
    DISPUTE_RESOLUTION_TIME(Unit.DAYS, false);

    public enum Unit {
        PERCENT,
        PER_THOUSAND,
        DAYS
    }

    private final Unit unit;
    private final boolean higherIsBetter;

    Kpi(Unit unit, boolean higherIsBetter) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether the KPI's value depends on a delivery or pick-up tolerance. */
    public boolean usesTolerance() {
        return this == ON_TIME_PICKUP || this == ON_TIME_DELIVERY || this == OTIF || this == PERFECT_ORDER;
    }
}
