package org.threepl.portal.domain.model.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The key a subscription's deliveries are signed with, as the Standard Webhooks scheme writes it: {@code whsec_}
 * followed by the Base64 of 24 random bytes. The receiver keeps it to check each delivery's signature.
 */
public record WebhookSecret(String value) {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new DomainRuleViolation(
                    "secret", "rule.webhook.secret.prefix", "A webhook secret starts with {0}", PREFIX);
        }
        try {
            if (Base64.getDecoder().decode(value.substring(PREFIX.length())).length < 16) {
                throw new DomainRuleViolation(
                        "secret", "rule.webhook.secret.length", "A webhook secret has at least {0} bytes", 16);
            }
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation(
                    "secret", "rule.webhook.secret.base64", "A webhook secret is Base64 after {0}", PREFIX);
        }
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The bytes the signature is computed with. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return PREFIX + "…"; // never in a log by accident
    }
}
