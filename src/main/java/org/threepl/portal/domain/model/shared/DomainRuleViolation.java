package org.threepl.portal.domain.model.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request that the domain refuses because it breaks a business rule (not a malformed input). The message is written
 * for the person who made the request; {@code field} names the input it concerns, when there is one. A request with
 * several bad inputs (e.g. an invoice with bad lines) is refused once, with every problem listed in
 * {@link #problems()}.
 *
 * <p>Each problem carries the rule's key and the values it names besides its English text, so that a page can show it
 * in its reader's language (the translations live with the web layer's bundles, keyed {@code rule.…}); the English is
 * written here, next to the rule, and is what the API and the logs say.
 */
public class DomainRuleViolation extends RuntimeException {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /**
     * One refused input: the field it concerns (null: the request as a whole), the rule's key, the rule's English text
     * and the values it names ({@code {0}}, {@code {1}}, …), kept as they are (a day, an amount, a count), so that a
     * page can write them in its reader's conventions.
     */
    public record Problem(String field, String key, String english, List<Object> args) {
        public Problem {
            Objects.requireNonNull(english, "english");
            args = Collections.unmodifiableList(new ArrayList<>(args)); // a value may be null
        }

        /** A problem whose English text is {@code english} with {@code {0}}, {@code {1}}, … standing for the args. */
        public static Problem of(String field, String key, String english, Object... args) {
            return new Problem(field, key, english, Arrays.asList(args));
        }

        /** The English text with the values filled in as they print: what the API and the logs say. */
        public String message() {
            return fill(english, args);
        }
    }

    private final String field;
    private final List<Problem> problems;

    /** A refusal of one input ({@code field}, null for the request as a whole) by the rule {@code key}. */
    public DomainRuleViolation(String field, String key, String english, Object... args) {
        this(List.of(Problem.of(field, key, english, args)));
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

    /**
     * A refusal in words that come from outside the rules (a parser's, a value's guard), shown as they are in every
     * language.
     */
    public static DomainRuleViolation untranslated(String field, String message) {
        return new DomainRuleViolation(List.of(new Problem(field, null, message, List.of())));
    }

    /** The same refusal for a part made under {@code prefix}: each field named below it, an unnamed one as it. */
    public DomainRuleViolation under(String prefix) {
        return new DomainRuleViolation(problems.stream()
                .map(p -> new Problem(
                        p.field() == null ? prefix : prefix + "." + p.field(), p.key(), p.english(), p.args()))
                .toList());
    }

    public String field() {
        return field;
    }

    /** Every problem, in the order found; at least one. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * A rule's text with its values: each {@code {n}} replaced by the n-th value, literally (no quoting rules, so an
     * apostrophe stays an apostrophe).
     */
    public static String fill(String text, List<?> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(i < values.size() ? String.valueOf(values.get(i)) : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
