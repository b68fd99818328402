package org.threepl.portal.domain.model.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Where a subscription's events are posted: an absolute HTTPS address with a host, no user name or password in it and
 * no fragment. Plain HTTP is refused, except to this machine's loopback address where the server allows it (a receiver
 * in a test or on a developer's machine).
 */
public record WebhookUrl(String value) {

    public static final int MAX_LENGTH = 2000;

    public WebhookUrl {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("url", "rule.webhook.url.required", "The receiver's address is required");
        }
    }

    /** The address as entered, checked. */
    public static WebhookUrl of(String text, boolean httpToLoopbackAllowed) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("url", "rule.webhook.url.required", "The receiver's address is required");
        }
        String value = text.trim();
        if (value.length() > MAX_LENGTH) {
            throw new DomainRuleViolation(
                    "url", "rule.webhook.url.length", "The receiver's address has at most {0} characters", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new DomainRuleViolation("url", "rule.webhook.url.invalid", "Not a web address: {0}", value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new DomainRuleViolation("url", "rule.webhook.url.host", "The address needs https:// and a host name");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new DomainRuleViolation(
                    "url",
                    "rule.webhook.url.userOrFragment",
                    "The address may not hold a user name, a password or a #fragment");
        }
        boolean https = scheme.equals("https");
        boolean loopbackHttp = scheme.equals("http") && httpToLoopbackAllowed && isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            throw new DomainRuleViolation(
                    "url",
                    "rule.webhook.url.https",
                    "Events are sent over HTTPS only: the address must start with https://");
        }
        return new WebhookUrl(value);
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
    }

    @Override
    public String toString() {
        return value;
    }
}
