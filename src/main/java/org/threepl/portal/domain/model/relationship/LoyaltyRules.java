package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Reads a client's loyalty type and Kotler relationship level from what a computation measured, each with the rule that
 * applied and its figures. The rules are tried in order; the first that holds decides.
 */
public final class LoyaltyRules {

    /** A switching-cost index (0–100) from which a client is bound. */
    public static final BigDecimal HIGH_SWITCHING_COST = BigDecimal.valueOf(50);

    /** Months of satisfied tenure from which loyalty counts as trust. */
    public static final long TRUST_TENURE_MONTHS = 24;

    /** Business reviews a year that a partnership holds. */
    public static final long PARTNERSHIP_REVIEWS = 2;

    private LoyaltyRules() {}

    /**
     * What the loyalty type is read from.
     *
     * @param switchingCost the switching-cost index
     * @param financial the financial group's score
     * @param procedural the procedural group's score
     * @param relational the relational group's score
     * @param satisfaction the satisfaction level; null while nothing is measured
     * @param tenureMonths months since the first contract started
     * @param volumeFalling fewer shipments in the recent window than in the one before
     */
    public record Inputs(
            BigDecimal switchingCost,
            BigDecimal financial,
            BigDecimal procedural,
            BigDecimal relational,
            SatisfactionLevel satisfaction,
            long tenureMonths,
            boolean volumeFalling) {
        public Inputs {
            Objects.requireNonNull(switchingCost, "switchingCost");
            Objects.requireNonNull(financial, "financial");
            Objects.requireNonNull(procedural, "procedural");
            Objects.requireNonNull(relational, "relational");
        }

        boolean satisfied() {
            return satisfaction == SatisfactionLevel.SATISFIED || satisfaction == SatisfactionLevel.HIGHLY_SATISFIED;
        }

        boolean dissatisfied() {
            return satisfaction == SatisfactionLevel.UNMET || satisfaction == SatisfactionLevel.DISSATISFIED;
        }

        boolean bound() {
            return switchingCost.compareTo(HIGH_SWITCHING_COST) >= 0;
        }
    }

    /** A loyalty type with the rule that gave it; {@code atRisk}: held by the cost of changing while dissatisfied. */
    public record Loyalty(LoyaltyType type, boolean atRisk, Message reason) {}

    public static Loyalty loyalty(Inputs in) {
        Message.Arg index = Message.count(in.switchingCost());
        Message.Arg high = Message.count(HIGH_SWITCHING_COST);
        if (in.bound() && in.dissatisfied()) {
            return new Loyalty(
                    LoyaltyType.INERTIA,
                    true,
                    Message.of("explain.loyalty.inertiaAtRisk", index, high, satisfaction(in)));
        }
        if (in.satisfied() && in.tenureMonths() >= TRUST_TENURE_MONTHS && !in.volumeFalling()) {
            return new Loyalty(
                    LoyaltyType.TRUST,
                    false,
                    Message.of(
                            "explain.loyalty.trust",
                            satisfaction(in),
                            Message.count(in.tenureMonths()),
                            Message.count(TRUST_TENURE_MONTHS)));
        }
        if (in.financial().compareTo(HIGH_SWITCHING_COST) >= 0
                && in.financial().compareTo(in.procedural()) > 0
                && in.financial().compareTo(in.relational()) > 0) {
            return new Loyalty(
                    LoyaltyType.INTEREST,
                    false,
                    Message.of(
                            "explain.loyalty.interest",
                            Message.count(in.financial()),
                            Message.count(in.procedural()),
                            Message.count(in.relational()),
                            high));
        }
        if (in.bound()) {
            return new Loyalty(LoyaltyType.INERTIA, false, Message.of("explain.loyalty.inertia", index, high));
        }
        if (in.satisfied()) {
            return new Loyalty(
                    LoyaltyType.POTENTIAL,
                    false,
                    Message.of("explain.loyalty.potential", satisfaction(in), index, high));
        }
        return new Loyalty(
                LoyaltyType.UNDETERMINED,
                false,
                Message.of("explain.loyalty.undetermined", satisfaction(in), index, high));
    }

    /** The loyalty type read from a computation's figures. */
    static Loyalty loyalty(RelationshipSnapshot.Figures f) {
        SwitchingCostProfile p = f.profile();
        return loyalty(new Inputs(
                p.overall(),
                p.group(SwitchingCostGroup.FINANCIAL).score(),
                p.group(SwitchingCostGroup.PROCEDURAL).score(),
                p.group(SwitchingCostGroup.RELATIONAL).score(),
                f.satisfaction().level(),
                raw(p, Proxy.RELATIONSHIP_TENURE_MONTHS).longValue(),
                f.lifecycle().fired().stream().anyMatch(c -> c.signal() == ChurnSignal.VOLUME_DOWN)));
    }

    /** The relationship level read from a computation's figures. */
    static Level level(RelationshipSnapshot.Figures f) {
        SwitchingCostProfile p = f.profile();
        return level(new Engagement(
                f.bonds().has(Bond.DEDICATED_ACCOUNT_MANAGER),
                raw(p, Proxy.CONTACTS_PER_QUARTER).longValue(),
                raw(p, Proxy.BUSINESS_REVIEWS_PER_YEAR).longValue(),
                f.satisfaction().surveyC() != null,
                f.bonds().has(Bond.CONTACT_CADENCE_MET),
                f.bonds().hasInPlace(Bond.Type.STRUCTURAL)));
    }

    /** A proxy's raw value in the profile; 0 when not measured. */
    private static BigDecimal raw(SwitchingCostProfile p, Proxy proxy) {
        return p.facet(proxy.facet()).contributions().stream()
                .filter(c -> c.proxy() == proxy && c.measured())
                .map(SwitchingCostProfile.Contribution::rawValue)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private static Message.Arg satisfaction(Inputs in) {
        return in.satisfaction() == null
                ? Message.term("explain.loyalty.notMeasured")
                : Message.term("rel.level.", in.satisfaction());
    }

    /**
     * What the relationship level is read from.
     *
     * @param accountManager an account manager looks after the client
     * @param contactsLastQuarter contacts logged in the last 90 days
     * @param reviewsLastYear business reviews logged in the last 365 days
     * @param surveyAnswered a satisfaction survey answered
     * @param cadenceKept the contact and review cadence of the client's tier kept
     * @param integrated a structural bond in place: systems integrated or processes made for the client
     */
    public record Engagement(
            boolean accountManager,
            long contactsLastQuarter,
            long reviewsLastYear,
            boolean surveyAnswered,
            boolean cadenceKept,
            boolean integrated) {}

    /** A relationship level with the rule that gave it. */
    public record Level(RelationshipLevel level, Message reason) {}

    public static Level level(Engagement e) {
        Message.Arg reviews = Message.count(e.reviewsLastYear());
        if (e.integrated() && e.cadenceKept() && e.reviewsLastYear() >= PARTNERSHIP_REVIEWS) {
            return new Level(
                    RelationshipLevel.PARTNERSHIP,
                    Message.of("explain.kotler.partnership", reviews, Message.count(PARTNERSHIP_REVIEWS)));
        }
        if (e.cadenceKept() && e.reviewsLastYear() >= 1) {
            return new Level(RelationshipLevel.PROACTIVE, Message.of("explain.kotler.proactive", reviews));
        }
        if (e.surveyAnswered() || e.reviewsLastYear() >= 1) {
            return new Level(RelationshipLevel.ACCOUNTABLE, Message.of("explain.kotler.accountable", reviews));
        }
        if (e.accountManager() || e.contactsLastQuarter() > 0) {
            return new Level(
                    RelationshipLevel.REACTIVE,
                    Message.of("explain.kotler.reactive", Message.count(e.contactsLastQuarter())));
        }
        return new Level(RelationshipLevel.BASIC, Message.of("explain.kotler.basic"));
    }
}
