package org.threepl.portal.domain.model.account;

import java.util.regex.Pattern;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** An e-mail address, checked for a plausible shape (the mail server has the last word). */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public EmailAddress {
        if (value == null) {
            throw new DomainRuleViolation("email", "rule.email.required", "An e-mail address is required");
        }
        if (value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new DomainRuleViolation("email", "rule.email.format", "Not an e-mail address: {0}", value);
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
