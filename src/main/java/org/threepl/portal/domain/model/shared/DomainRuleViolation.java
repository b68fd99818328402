package org.threepl.portal.domain.model.shared;

/**
 * A request that the domain refuses because it breaks a business rule (not a malformed input).
 * The message is written for the person who made the request; {@code field} names the input
 * it concerns, when there is one.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String field;

    public DomainRuleViolation(String message) {
        this(null, message);
    }

    public DomainRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
