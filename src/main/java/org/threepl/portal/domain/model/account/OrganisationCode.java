package org.threepl.portal.domain.model.account;

import java.util.Optional;
import java.util.regex.Pattern;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A client organisation's short, stable code (e.g. {@code ACME}), used in references and keys. */
public record OrganisationCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    public OrganisationCode {
        if (value == null) {
            throw new DomainRuleViolation(
                    "code", "rule.organisation.code.required", "An organisation code is required");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainRuleViolation(
                    "code",
                    "rule.organisation.code.format",
                    "An organisation code is 2 to 32 capital letters, digits or hyphens, starting with a letter: {0}",
                    value);
        }
    }

    /** The code as people type it: trimmed, in capitals; refused ({@code code}) unless it is one. */
    public static OrganisationCode of(String raw) {
        return new OrganisationCode(raw == null ? null : raw.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The code as people type it, if it is one: for finding an organisation by what was given, which may be no code.
     */
    public static Optional<OrganisationCode> parse(String raw) {
        String value = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        return FORMAT.matcher(value).matches() ? Optional.of(new OrganisationCode(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
