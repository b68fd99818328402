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
            throw new DomainRuleViolation("scopeKind", "rule.slaScope.kind.required", "A scope kind is required");
        }
        if (kind == Kind.ALL) {
            value = null;
        } else if (value == null || value.isBlank()) {
            throw kind == Kind.LANE
                    ? new DomainRuleViolation(
                            "scopeValue",
                            "rule.slaScope.lane.required",
                            "A lane scope names its lane, e.g. \"Shanghai → Hamburg\"")
                    : new DomainRuleViolation(
                            "scopeValue",
                            "rule.slaScope.serviceLevel.required",
                            "A service level scope names its service level");
        } else if (value.strip().length() > 210) {
            throw new DomainRuleViolation(
                    "scopeValue", "rule.slaScope.value.length", "A scope value has at most {0} characters", 210);
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
