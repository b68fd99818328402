package org.threepl.portal.application.view;

import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.account.ApiCredential;
import org.threepl.portal.domain.model.account.ApiScope;

/** An API credential as its owners see it: never the key itself, only its public prefix. */
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
        boolean revoked) {

    public static ApiCredentialView of(ApiCredential c) {
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
                c.isRevoked());
    }
}
