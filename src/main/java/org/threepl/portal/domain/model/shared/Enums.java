package org.threepl.portal.domain.model.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reading an enum from what a person or a system sent: any case, surrounding space ignored, the field named when
 * refused.
 */
public final class Enums {

    private Enums() {}

    /**
     * The constant {@code value} names; a {@link DomainRuleViolation} on {@code field} listing the allowed ones
     * otherwise.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return parse(type, field, value, java.util.EnumSet.allOf(type));
    }

    /**
     * Like {@link #parse(Class, String, String)}, but only the constants in {@code allowed} are accepted (and listed).
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value, java.util.Set<E> allowed) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(
                    field, "rule.enum.required", "A value is required; allowed: {0}", allowed(type, allowed));
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name) && allowed.contains(e)) {
                return e;
            }
        }
        throw new DomainRuleViolation(
                field,
                "rule.enum.unknown",
                "Unknown {0} '{1}'; allowed: {2}",
                field,
                shown(value),
                allowed(type, allowed));
    }

    /**
     * Like {@link #parse(Class, String, String)}, refused on {@code field} but worded with {@code noun}, for a message
     * that people read beside their own names for the field (e.g. field {@code transportMode}, noun "transport mode",
     * shown against an import file's column).
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String noun, String value) {
        java.util.List<DomainRuleViolation.Problem> problems = new java.util.ArrayList<>(1);
        return parseInto(type, field, noun, value, problems).orElseThrow(() -> new DomainRuleViolation(problems));
    }

    /**
     * For a check that gathers every problem before refusing: the constant {@code value} names, or empty after adding
     * to {@code problems} the same refusal {@link #parse} would throw, on {@code field} but worded with {@code noun}
     * (e.g. field {@code lines[2].chargeType}, noun "charge type").
     */
    public static <E extends Enum<E>> java.util.Optional<E> parseInto(
            Class<E> type,
            String field,
            String noun,
            String value,
            java.util.List<DomainRuleViolation.Problem> problems) {
        if (value != null && !value.isBlank()) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return java.util.Optional.of(e);
                }
            }
        }
        java.util.Set<E> all = java.util.EnumSet.allOf(type);
        problems.add(
                value == null || value.isBlank()
                        ? DomainRuleViolation.Problem.of(
                                field,
                                "rule.enum.named.required",
                                "A {0} is required; allowed: {1}",
                                noun,
                                allowed(type, all))
                        : DomainRuleViolation.Problem.of(
                                field,
                                "rule.enum.unknown",
                                "Unknown {0} '{1}'; allowed: {2}",
                                noun,
                                shown(value),
                                allowed(type, all)));
        return java.util.Optional.empty();
    }

    private static String shown(String value) {
        return value.strip().length() > 40 ? value.strip().substring(0, 40) + "…" : value.strip();
    }

    /** Like {@link #parse}, but null or blank is null (an optional parameter left out). */
    public static <E extends Enum<E>> E parseOptional(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : parse(type, field, value);
    }

    private static <E extends Enum<E>> String allowed(Class<E> type, java.util.Set<E> allowed) {
        return Arrays.stream(type.getEnumConstants())
                .filter(allowed::contains)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
