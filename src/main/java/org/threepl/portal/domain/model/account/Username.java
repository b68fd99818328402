package org.threepl.portal.domain.model.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A login name: case-insensitive, stored in lower case. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    public Username {
        if (value == null) {
            throw new DomainRuleViolation("username", "rule.username.required", "A username is required");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainRuleViolation(
                    "username",
                    "rule.username.format",
                    "A username is 3 to 64 lower-case letters, digits, dots, hyphens, underscores or @: {0}",
                    value);
        }
    }

    public static Username of(String raw) {
        return new Username(raw == null ? null : raw.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A client user's username, inside its organisation's namespace: {@code <code in lower case>.<name>}. A name typed
     * without the prefix gets it ("jane" in ACME is "acme.jane"); one typed with it stays. Names outside the namespace
     * cannot exist for a client user, so asking whether one is taken never tells anything about another organisation's
     * users.
     */
    public static Username withinOrganisation(OrganisationCode code, String raw) {
        String prefix = code.value().toLowerCase(Locale.ROOT) + ".";
        String name = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new DomainRuleViolation("username", "rule.username.required", "A username is required");
        }
        return Username.of(name.startsWith(prefix) ? name : prefix + name);
    }

    /** The organisation code a username's namespace would belong to ("acme.jane": ACME), if it has one. */
    public static java.util.Optional<OrganisationCode> organisationPrefix(Username username) {
        int dot = username.value().indexOf('.');
        if (dot <= 0) {
            return java.util.Optional.empty();
        }
        return OrganisationCode.parse(username.value().substring(0, dot));
    }

    @Override
    public String toString() {
        return value;
    }
}
