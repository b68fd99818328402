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
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, "A value is required; allowed: " + allowed(type));
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        String shown = value.strip().length() > 40 ? value.strip().substring(0, 40) + "…" : value.strip();
        throw new DomainRuleViolation(field, "Unknown " + field + " '" + shown + "'; allowed: " + allowed(type));
    }

    /** Like {@link #parse}, but null or blank is null (an optional parameter left out). */
    public static <E extends Enum<E>> E parseOptional(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : parse(type, field, value);
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
