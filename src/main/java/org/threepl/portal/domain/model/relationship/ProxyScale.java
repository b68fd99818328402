package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/**
 * How a proxy's raw value becomes a score from 0 to 100.
 *
 * <ul>
 *   <li>{@code LINEAR}: 0 at or below {@code zeroAt}, 100 at or above {@code referenceAt} ("full at"), a straight line
 *       between;
 *   <li>{@code SATURATING}: 0 at or below {@code zeroAt}; above it 100 × x / (x + h), with x the value above
 *       {@code zeroAt} and h = {@code referenceAt} − {@code zeroAt}: 50 at {@code referenceAt} ("half at"), rising ever
 *       more slowly towards 100 without reaching it. For quantities with no natural maximum (traffic, money), so that a
 *       giant client does not flatten everyone else.
 * </ul>
 *
 * Scores have two decimals, rounded half-even.
 */
@Embeddable
public class ProxyScale {

    public enum Kind {
        LINEAR,
        SATURATING
    }

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Enumerated(EnumType.STRING)
    @Column(name = "scale_kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "zero_at", nullable = false, precision = 19, scale = 4)
    private BigDecimal zeroAt;

    @Column(name = "reference_at", nullable = false, precision = 19, scale = 4)
    private BigDecimal referenceAt;

    protected ProxyScale() {
        // for JPA
    }

    public ProxyScale(Kind kind, BigDecimal zeroAt, BigDecimal referenceAt) {
        SettingsRules.rule(
                "scale",
                kind != null,
                "rule.settings.scale.kind",
                "A kind of scale (linear or saturating) is required");
        SettingsRules.required("zeroAt", zeroAt);
        SettingsRules.required("referenceAt", referenceAt);
        this.kind = kind;
        this.zeroAt = zeroAt;
        this.referenceAt = referenceAt;
        SettingsRules.rule(
                "referenceAt",
                referenceAt.compareTo(zeroAt) > 0,
                "rule.settings.scale.referenceAt",
                "referenceAt ({0}) must be above zeroAt ({1})",
                referenceAt.toPlainString(),
                zeroAt.toPlainString());
    }

    public static ProxyScale linear(String zeroAt, String fullAt) {
        return new ProxyScale(Kind.LINEAR, new BigDecimal(zeroAt), new BigDecimal(fullAt));
    }

    public static ProxyScale saturating(String zeroAt, String halfAt) {
        return new ProxyScale(Kind.SATURATING, new BigDecimal(zeroAt), new BigDecimal(halfAt));
    }

    /** The score of a raw value, 0.00 to 100.00; null (no data) stays null. */
    public BigDecimal score(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(zeroAt) <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal x = value.subtract(zeroAt);
        BigDecimal span = referenceAt.subtract(zeroAt);
        BigDecimal score = switch (kind) {
            case LINEAR ->
                x.compareTo(span) >= 0 ? HUNDRED : HUNDRED.multiply(x).divide(span, 10, RoundingMode.HALF_EVEN);
            case SATURATING -> HUNDRED.multiply(x).divide(x.add(span), 10, RoundingMode.HALF_EVEN);
        };
        return score.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** In words, for explanations: "linear: 0 at 0, 100 at 24". */
    public Message describe() {
        return Message.of(
                kind == Kind.LINEAR ? "explain.scale.linear" : "explain.scale.saturating",
                Message.count(zeroAt),
                Message.count(referenceAt));
    }

    public Kind kind() {
        return kind;
    }

    public BigDecimal zeroAt() {
        return zeroAt;
    }

    public BigDecimal referenceAt() {
        return referenceAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyScale s
                && s.kind == kind
                && s.zeroAt.compareTo(zeroAt) == 0
                && s.referenceAt.compareTo(referenceAt) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, zeroAt.stripTrailingZeros(), referenceAt.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return kind + "(" + zeroAt.toPlainString() + ", " + referenceAt.toPlainString() + ")";
    }
}
