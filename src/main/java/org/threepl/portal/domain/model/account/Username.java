package org.threepl.portal.domain.model.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A login name: case-insensitive, stored in lower case. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    public Username {
        Objects.requireNonNull(value, "A username is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A username is 3 to 64 lower-case letters, digits, dots, hyphens, underscores or @: " + value);
        }
    }

    public static Username of(String raw) {
        return new Username(raw == null ? null : raw.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
