package org.threepl.portal.domain.model.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading an enum from what a person or a system sent: any case, surrounding space ignored, the field named when refused. */
public final class Enums {

    private Enums() {
    }

    /** The constant {@code value} names; a {@link DomainRuleViolation} on {@code field} listing the allowed ones otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return parse(type, field, value, java.util.EnumSet.allOf(type));
    }

    /** Like {@link #parse(Class, String, String)}, but only the constants in {@code allowed} are accepted (and listed). */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value, java.util.Set<E> allowed) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, "A value is required; allowed: " + allowed(type, allowed));
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name) && allowed.contains(e)) {
                return e;
            }
        }
        String shown = value.strip().length() > 40 ? value.strip().substring(0, 40) + "…" : value.strip();
        throw new DomainRuleViolation(field, "Unknown " + field + " '" + shown + "'; allowed: " + allowed(type, allowed));
    }

    /** Like {@link #parse}, but null or blank is null (an optional parameter left out). */
    public static <E extends Enum<E>> E parseOptional(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : parse(type, field, value);
    }

    private static <E extends Enum<E>> String allowed(Class<E> type, java.util.Set<E> allowed) {
        return Arrays.stream(type.getEnumConstants()).filter(allowed::contains).map(Enum::name).collect(Collectors.joining(", "));
    }
}
