package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.threepl.portal.domain.model.shared.Message;

/**
 * One line of a {@link RelationshipSnapshot}'s explanation: a proxy in a facet, a facet in a group, or a group in the
 * index. Kept for the latest snapshot only.
 */
@Embeddable
public class ContributionLine {
    @Column(name = "level", nullable = false, length = 8)
    private String level;

    @Column(name = "target", nullable = false, length = 40)
    private String target;

    @Column(name = "part", nullable = false, length = 40)
    private String part;

    @Column(name = "raw_value", precision = 19, scale = 4)
    private BigDecimal rawValue;

    @Column(name = "scaled", precision = 7, scale = 2)
    private BigDecimal scaled;

    @Column(name = "weight", nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    @Column(name = "points", nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Column(name = "note", length = 4000)
    private Message note;

    protected ContributionLine() {
        // for JPA
    }

    ContributionLine(
            String level,
            String target,
            String part,
            BigDecimal rawValue,
            BigDecimal scaled,
            BigDecimal weight,
            BigDecimal points,
            Message note) {
        this.level = level;
        this.target = target;
        this.part = part;
        this.rawValue = rawValue;
        this.scaled = scaled;
        this.weight = weight;
        this.points = points;
        this.note = note;
    }

    /** PROXY (a proxy in a facet), FACET (a facet in a group) or GROUP (a group in the index). */
    public String level() {
        return level;
    }

    public String target() {
        return target;
    }

    public String part() {
        return part;
    }

    public BigDecimal rawValue() {
        return rawValue;
    }

    public BigDecimal scaled() {
        return scaled;
    }

    public BigDecimal weight() {
        return weight;
    }

    public BigDecimal points() {
        return points;
    }

    public Message note() {
        return note;
    }
}
