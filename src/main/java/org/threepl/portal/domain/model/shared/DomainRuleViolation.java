package org.threepl.portal.domain.model.shared;

import java.util.List;
import java.util.Objects;

/**
 * A request that the domain refuses because it breaks a business rule (not a malformed input). The message is written
 * for the person who made the request; {@code field} names the input it concerns, when there is one. A request with
 * several bad inputs (e.g. an invoice with bad lines) is refused once, with every problem listed in
 * {@link #problems()}.
 */
public class DomainRuleViolation extends RuntimeException {

    /** One refused input: the field it concerns (null: the request as a whole) and why. */
    public record Problem(String field, String message) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }
    }

    private final String field;
    private final List<Problem> problems;

    public DomainRuleViolation(String message) {
        this(null, message);
    }

    public DomainRuleViolation(String field, String message) {
        super(message);
        this.field = field;
        this.problems = List.of(new Problem(field, message));
    }

    /** Several problems at once; the first one's field and message are this exception's own. */
    public DomainRuleViolation(List<Problem> problems) {
        super(
                problems.isEmpty()
                        ? "The request breaks a rule"
                        : problems.size() == 1
                                ? problems.get(0).message()
                                : problems.get(0).message() + " (and " + (problems.size() - 1) + " more)");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("At least one problem");
        }
        this.problems = List.copyOf(problems);
        this.field = problems.get(0).field();
    }

    public String field() {
        return field;
    }

    /** Every problem, in the order found; at least one. */
    public List<Problem> problems() {
        return problems;
    }
}
