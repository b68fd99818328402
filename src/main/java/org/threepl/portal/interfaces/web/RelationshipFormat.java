package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.threepl.portal.application.relationship.ProfileViews;
import org.threepl.portal.application.relationship.SwitchingCostViews;
import org.threepl.portal.application.relationship.TierViews;

/**
 * Figures of relationship management as pages show them, in the reader's language: scores to two decimals, ratios such
 * as C (perceived / expected) as a percentage (1.05 is "105 %"), money with its currency's symbol and minor unit, a
 * proxy's raw value in its unit; and the tier rules' required and actual values. "—" stands for a figure not known.
 */
@Named("relFmt")
@ApplicationScoped
public class RelationshipFormat {

    private static final String NONE = "—";

    // a request-scoped bean comes as a proxy: each page gets its own reader's formats
    @jakarta.inject.Inject
    FormatBean fmt;

    /** The reader's formats (English in UTC outside a request, e.g. in unit tests). */
    private org.threepl.portal.application.i18n.Formats formats() {
        return fmt == null ? org.threepl.portal.application.i18n.Formats.utcEnglish() : fmt.formats();
    }

    /** A score or points, 0.00 to 100.00. */
    public String score(BigDecimal value) {
        return value == null ? NONE : formats().number(value, 2);
    }

    /** A ratio such as C, as a percentage to one decimal (1 is "100 %"). */
    public String ratio(BigDecimal value) {
        return value == null ? NONE : formats().share(value, 1);
    }

    /**
     * A tier's name: the 3PL's own name as its operations admins wrote it, or, while it keeps the name the portal
     * seeded, that name in the reader's language.
     */
    public String tier(String code, String name) {
        if (org.threepl.portal.domain.model.relationship.RelationshipSettings.isSeededName(code, name)) {
            return Faces.text("tier.name." + code);
        }
        return name == null ? (code == null ? NONE : code) : name;
    }

    /** A weight as configured, without trailing zeros. */
    public String weight(BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString();
    }

    /** A sum of money, grouped in thousands, two decimals, with its currency. */
    public String money(BigDecimal value, String currency) {
        if (value == null) {
            return NONE;
        }
        return currency == null
                ? formats().number(value.setScale(2, RoundingMode.HALF_EVEN), 2)
                : formats().money(value, currency);
    }

    /** A percentage (e.g. a share of 0.01 as "1 %"). */
    public String share(BigDecimal fraction) {
        return fraction == null ? NONE : formats().share(fraction, 2);
    }

    /** A proxy's raw value in its unit; money in the reporting currency. */
    public String raw(SwitchingCostViews.ContributionView c, String currency) {
        if (c.rawValue() == null) {
            return NONE;
        }
        BigDecimal v = c.rawValue();
        return switch (c.unit()) {
            case "COUNT" -> formats().number(v.setScale(0, RoundingMode.HALF_EVEN), 0);
            case "PER_MONTH", "MONTHS" -> formats().number(v, 1);
            case "RATIO" -> formats().share(v, 1);
            case "PERCENT" -> formats().percent(v, 2);
            case "MONEY" -> money(v, currency);
            default -> v.stripTrailingZeros().toPlainString();
        };
    }

    /** What a tier rule requires, in the reader's language. */
    public String required(TierViews.RuleCheck c) {
        return switch (c.rule()) {
            case "SEGMENT" ->
                Faces.text(
                        "rel.rule.orBetter",
                        Faces.text("rel.segment." + c.required().split(" ")[0]));
            case "STRUCTURAL_BOND" -> Faces.text("rel.rule.structuralRequired");
            default -> Faces.text("rel.rule.atLeast", c.required().replace("at least ", ""));
        };
    }

    /** Where the client stands on a tier rule, in the reader's language. */
    public String actual(TierViews.RuleCheck c) {
        if ("not known".equals(c.actual())) {
            return Faces.text("rel.rule.unknown");
        }
        return switch (c.rule()) {
            case "SEGMENT" -> Faces.text("rel.segment." + c.actual());
            case "STRUCTURAL_BOND" -> Faces.text(c.passed() ? "rel.rule.inPlace" : "rel.rule.noneInPlace");
            default -> c.actual();
        };
    }

    /**
     * How far a rule is from flipping: a failed one " · 12.2 to go", a passed one " · 0.05 to spare" ("" when the rule
     * is not a number, or its figure is not known).
     */
    public String distance(TierViews.RuleCheck c) {
        if (!c.passed() && c.gap() != null) {
            return " · "
                    + Faces.text("rel.rule.short", c.gap().stripTrailingZeros().toPlainString());
        }
        if (c.passed() && c.headroom() != null) {
            return " · "
                    + Faces.text(
                            "rel.rule.spare", c.headroom().stripTrailingZeros().toPlainString());
        }
        return "";
    }

    /**
     * Why the recommendation keeps the current tier although the rules give a lower one ("" when it does not), with the
     * tiers' names as the page shows them.
     */
    public String hold(ProfileViews.RecommendationView r, String earnedName, String currentName) {
        return switch (r.hold()) {
            case "WITHIN_MARGIN" ->
                Faces.text("rel.tier.hold.WITHIN_MARGIN", earnedName, currentName, share(r.holdMargin()));
            case "TOO_SHORT" ->
                Faces.text(
                        "rel.tier.hold.TOO_SHORT",
                        earnedName,
                        currentName,
                        formats().date(r.shortSince()),
                        formats().date(r.downgradeOn()));
            default -> "";
        };
    }

    /** A text of the bundle with {0} filled in (any value; no MessageFormat, so apostrophes stay as written). */
    public String fill(String pattern, Object a) {
        return pattern.replace("{0}", String.valueOf(a));
    }

    /** A text of the bundle with {0} and {1} filled in. */
    public String fill2(String pattern, Object a, Object b) {
        return pattern.replace("{0}", String.valueOf(a)).replace("{1}", String.valueOf(b));
    }

    private static String fixed(BigDecimal value, int scale) {
        return value == null
                ? NONE
                : value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }
}
