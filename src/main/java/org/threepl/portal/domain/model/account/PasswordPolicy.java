package org.threepl.portal.domain.model.account;

import java.util.Optional;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * What a new password must be: long enough to resist guessing (NIST SP 800-63B asks for length, not character classes),
 * not absurdly long (PBKDF2 cost grows with it), and not the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        return problem(null, password, username).map(DomainRuleViolation.Problem::message);
    }

    /** The refusal of the password on {@code field}, with its rule's key, or empty when it is acceptable. */
    public static Optional<DomainRuleViolation.Problem> problem(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(DomainRuleViolation.Problem.of(
                    field, "rule.password.tooShort", "A password has at least {0} characters", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(DomainRuleViolation.Problem.of(
                    field, "rule.password.tooLong", "A password has at most {0} characters", MAX_LENGTH));
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of(DomainRuleViolation.Problem.of(
                    field, "rule.password.isUsername", "A password must not be the username"));
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of(DomainRuleViolation.Problem.of(
                    field, "rule.password.tooFewDistinct", "A password needs more than three different characters"));
        }
        return Optional.empty();
    }
}
