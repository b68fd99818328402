package org.threepl.portal.application.view;

import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.account.ApiCredential;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.RateLimit;

/** An API credential as its owners see it: never the key itself, only its public prefix; its rate limit in force. */
public record ApiCredentialView(
        Long id,
        Long organisationId,
        String name,
        String keyPrefix,
        List<String> scopes,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean revoked,
        RateLimit rateLimit,
        boolean defaultRateLimit) {

    /** {@code defaults}: the configured rate limit, shown for a key that has none of its own. */
    public static ApiCredentialView of(ApiCredential c, RateLimit defaults) {
        return new ApiCredentialView(
                c.id(),
                c.organisation() == null ? null : c.organisation().id(),
                c.name(),
                c.keyPrefix(),
                c.scopes().stream().map(ApiScope::name).toList(),
                c.createdBy().name(),
                c.createdAt(),
                c.lastUsedAt(),
                c.revokedAt(),
                c.isRevoked(),
                c.rateLimit().orElse(defaults),
                c.rateLimit().isEmpty());
    }
}
