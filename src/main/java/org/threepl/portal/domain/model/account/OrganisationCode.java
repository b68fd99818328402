package org.threepl.portal.domain.model.account;

import java.util.Objects;
import java.util.regex.Pattern;

/** A client organisation's short, stable code (e.g. {@code ACME}), used in references and keys. */
public record OrganisationCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    public OrganisationCode {
        Objects.requireNonNull(value, "An organisation code is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "An organisation code is 2 to 32 capital letters, digits or hyphens, starting with a letter: "
                            + value);
        }
    }

    public static OrganisationCode of(String raw) {
        return new OrganisationCode(raw == null ? null : raw.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
