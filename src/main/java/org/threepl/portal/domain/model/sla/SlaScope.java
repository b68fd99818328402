package org.threepl.portal.domain.model.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The shipments an SLA term applies to: all of the client's, one lane's, or one service level's. */
@Embeddable
public record SlaScope(
        @Enumerated(EnumType.STRING) @Column(name = "scope_kind", nullable = false, length = 16)
        Kind kind,

        @Column(name = "scope_value", length = 210) String value) {

    public enum Kind {
        ALL,
        LANE,
        SERVICE_LEVEL
    }

    public static final SlaScope ALL = new SlaScope(Kind.ALL, null);

    public SlaScope {
        if (kind == null) {
            throw new DomainRuleViolation("scopeKind", "A scope kind is required");
        }
        if (kind == Kind.ALL) {
            value = null;
        } else if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(
                    "scopeValue",
                    "A " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " scope names its "
                            + (kind == Kind.LANE ? "lane, e.g. \"Shanghai → Hamburg\"" : "service level"));
        } else if (value.strip().length() > 210) {
            throw new DomainRuleViolation("scopeValue", "A scope value has at most 210 characters");
        } else {
            value = value.strip();
        }
    }

    public static SlaScope lane(String lane) {
        return new SlaScope(Kind.LANE, lane);
    }

    public static SlaScope serviceLevel(String level) {
        return new SlaScope(Kind.SERVICE_LEVEL, level);
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? "all shipments" : kind == Kind.LANE ? "lane " + value : "service level " + value;
    }
}
