package org.threepl.portal.domain.model.relationship;

import java.util.Arrays;
import java.util.List;

/**
 * A measurable stand-in for a switching-cost facet, taken from the portal's own data (or, where the portal cannot know
 * it, from facts the 3PL's staff record). Each proxy feeds exactly one facet, so that a score's explanation never
 * counts a fact twice. Money proxies are in the reporting currency.
 */
public enum Proxy {
    // procedural: economic risk
    SLA_PERFORMANCE(
            SwitchingCostFacet.ECONOMIC_RISK,
            Unit.RATIO,
            "mean SLA performance ratio C (actual / target) of the KPIs in force; a client served this well "
                    + "risks a drop by switching"),
    SLA_TERMS(
            SwitchingCostFacet.ECONOMIC_RISK,
            Unit.COUNT,
            "customised SLA promises in force (KPI and scope) that another provider would have to match"),
    SHIPMENTS_PER_MONTH(
            SwitchingCostFacet.ECONOMIC_RISK,
            Unit.PER_MONTH,
            "shipments per month (last 90 days): the volume at risk in a transition"),
    // procedural: evaluation
    DISPUTE_PROCEDURES(
            SwitchingCostFacet.EVALUATION,
            Unit.COUNT,
            "dispute procedure versions both sides agreed for the client's contracts (not the standard template)"),
    CONTRACT_SERVICES(
            SwitchingCostFacet.EVALUATION,
            Unit.COUNT,
            "kinds of service in the contracts in force, each to be re-tendered"),
    // procedural: learning
    ACTIVE_PORTAL_USERS(
            SwitchingCostFacet.LEARNING, Unit.COUNT, "enabled portal users who signed in within the last 90 days"),
    SAVED_FILTERS(SwitchingCostFacet.LEARNING, Unit.COUNT, "shipment-list filters the client's users saved"),
    SIGN_INS_PER_MONTH(SwitchingCostFacet.LEARNING, Unit.PER_MONTH, "portal sign-ins per month (last 90 days)"),
    // procedural: set-up
    ACTIVE_API_CREDENTIALS(SwitchingCostFacet.SETUP, Unit.COUNT, "API keys not revoked"),
    API_CREDENTIALS_USED(SwitchingCostFacet.SETUP, Unit.COUNT, "API keys used within the last 30 days"),
    INTEGRATION_AGE_MONTHS(SwitchingCostFacet.SETUP, Unit.MONTHS, "age of the oldest API key still active"),
    API_TRAFFIC_PER_MONTH(
            SwitchingCostFacet.SETUP,
            Unit.PER_MONTH,
            "shipments and tracking events received per month (last 90 days)"),
    // financial: benefit loss
    PRICE_INCENTIVE_PERCENT(
            SwitchingCostFacet.BENEFIT_LOSS,
            Unit.PERCENT,
            "the tier's price incentive plus any recorded volume discount"),
    UNUSED_CREDITS(
            SwitchingCostFacet.BENEFIT_LOSS,
            Unit.MONEY,
            "credit notes of the client's disputes settled over the last 12 months that no invoice has deducted yet "
                    + "(credits of billing disputes reduce their own invoice), less the credit lines invoiced in that "
                    + "time; a client that leaves gives them up"),
    ACCRUED_REBATES(
            SwitchingCostFacet.BENEFIT_LOSS,
            Unit.MONEY,
            "rebates earned under a volume commitment still running, paid only if the client stays to its end "
                    + "(recorded by staff)"),
    // financial: monetary loss
    REMAINING_CONTRACT_VALUE(
            SwitchingCostFacet.MONETARY_LOSS,
            Unit.MONEY,
            "remaining contract months × monthly fee of the contracts in force"),
    EXIT_FEE(SwitchingCostFacet.MONETARY_LOSS, Unit.MONEY, "exit fee agreed in the contract (recorded by staff)"),
    DEDICATED_ASSETS(
            SwitchingCostFacet.MONETARY_LOSS,
            Unit.MONEY,
            "value of space or equipment dedicated to the client (recorded by staff)"),
    // relational: personal relationship loss
    ACCOUNT_MANAGER_TENURE_MONTHS(
            SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS,
            Unit.MONTHS,
            "months the longest-serving current account manager has looked after the client"),
    CONTACTS_PER_QUARTER(
            SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS, Unit.COUNT, "contacts logged in the last 90 days"),
    BUSINESS_REVIEWS_PER_YEAR(
            SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS, Unit.COUNT, "business reviews logged in the last 365 days"),
    // relational: brand relationship loss
    RELATIONSHIP_TENURE_MONTHS(
            SwitchingCostFacet.BRAND_RELATIONSHIP_LOSS, Unit.MONTHS, "months since the first contract started"),
    SURVEY_SATISFACTION(
            SwitchingCostFacet.BRAND_RELATIONSHIP_LOSS,
            Unit.RATIO,
            "C = perceived / expected of the latest answered satisfaction survey");

    /** How a proxy's raw value is expressed. */
    public enum Unit {
        COUNT,
        PER_MONTH,
        MONTHS,
        RATIO,
        PERCENT,
        MONEY
    }

    private final SwitchingCostFacet facet;
    private final Unit unit;
    private final String description;

    Proxy(SwitchingCostFacet facet, Unit unit, String description) {
        this.facet = facet;
        this.unit = unit;
        this.description = description;
    }

    public SwitchingCostFacet facet() {
        return facet;
    }

    public Unit unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    /**
     * Proxies earlier versions measured and stored in their snapshots' explanations, with their units: a snapshot from
     * before a proxy was retired still explains itself until the next computation replaces it.
     */
    public static final java.util.Map<String, Unit> RETIRED = java.util.Map.of("SETTLED_CREDITS", Unit.MONEY);

    /** The proxy of this name; empty for a name no version had, or a retired one. */
    public static java.util.Optional<Proxy> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }

    public static List<Proxy> of(SwitchingCostFacet facet) {
        return Arrays.stream(values()).filter(p -> p.facet == facet).toList();
    }
}
