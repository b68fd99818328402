package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * One dimension of a survey answer on a seven-point scale: what the client expected (a, 1 to 7) and what it perceived
 * (b, 0 to 7, where 0 means "not delivered at all"); C = b / a.
 */
@Embeddable
public class SurveyAnswer {

    public static final int MAX = 7;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 32)
    private SurveyDimension dimension;

    @Column(name = "expected", nullable = false)
    private int expected;

    @Column(name = "perceived", nullable = false)
    private int perceived;

    protected SurveyAnswer() {
        // for JPA
    }

    public SurveyAnswer(SurveyDimension dimension, int expected, int perceived) {
        this.dimension = Objects.requireNonNull(dimension, "A dimension is required");
        if (expected < 1 || expected > MAX) {
            throw new DomainRuleViolation(
                    "expected",
                    "rule.survey.expected.range",
                    "The expectation for {0} is from 1 to {1}, not {2}",
                    words(dimension),
                    MAX,
                    expected);
        }
        if (perceived < 0 || perceived > MAX) {
            throw new DomainRuleViolation(
                    "perceived",
                    "rule.survey.perceived.range",
                    "The perceived service for {0} is from 0 to {1}, not {2}",
                    words(dimension),
                    MAX,
                    perceived);
        }
        this.expected = expected;
        this.perceived = perceived;
    }

    /** A dimension in words, for a refusal's English. */
    static String words(SurveyDimension d) {
        return d.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** C = b / a, four decimals. */
    public BigDecimal c() {
        return BigDecimal.valueOf(perceived).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_EVEN);
    }

    public SurveyDimension dimension() {
        return dimension;
    }

    public int expected() {
        return expected;
    }

    public int perceived() {
        return perceived;
    }
}
