package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.view.ApiCredentialView;
import org.threepl.portal.application.view.IssuedApiKey;
import org.threepl.portal.domain.model.account.ApiCredential;
import org.threepl.portal.domain.model.account.ApiKey;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.infrastructure.persistence.ApiCredentialRepository;
import org.threepl.portal.infrastructure.persistence.OrganisationRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API credentials: issued by a client admin for its organisation or by an ops admin for a 3PL
 * integration, shown once, stored as a digest, revocable; and the check of a presented key.
 */
@ApplicationScoped
@Transactional
public class ApiCredentialService {

    /** Last-use times are informative; writing them at most once a minute keeps reads from writing. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    CallerContext callers;

    @Inject
    ApiCredentialRepository credentials;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    @Inject
    AccessGuard guard;

    @Inject
    ApiKeyCache recentKeys;

    /**
     * The caller behind a presented key, or empty if the key is unknown, revoked, or its organisation suspended.
     * Every API request asks this: a key proved a few seconds ago is answered from {@link ApiKeyCache}, others are
     * read outside any transaction (a read needs none; the last-use note, at most once a minute, has its own).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> authenticate(String presentedKey) {
        Optional<ApiKey> key = ApiKey.parse(presentedKey);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String digest = key.get().digest();
        Caller known = recentKeys.find(digest);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ApiCredential> found = credentials.findByPrefix(key.get().prefix())
                .filter(c -> c.authenticates(key.get()))
                .filter(c -> c.isProviderIntegration() || c.organisation().isActive());
        found.ifPresent(this::noteUse);
        Optional<Caller> caller = found.map(ApiCredentialService::toCaller);
        caller.ifPresent(c -> recentKeys.remember(digest, c));
        return caller;
    }

    private void noteUse(ApiCredential c) {
        Instant now = clock.instant();
        if (c.lastUsedAt() == null || c.lastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now)) {
            credentials.recordUse(c.id(), now, now.minus(LAST_USE_RESOLUTION));
        }
    }

    private static Caller toCaller(ApiCredential c) {
        if (c.isProviderIntegration()) {
            return Caller.apiCredential(c.id(), c.name(), null, c.scopes(), TenantScope.all());
        }
        Long org = c.organisation().id();
        return Caller.apiCredential(c.id(), c.name(), org, c.scopes(), TenantScope.of(List.of(org)));
    }

    public List<ApiCredentialView> ofOrganisation(Long organisationId) {
        Caller caller = administrable(organisationId);
        return credentials.ofOrganisation(caller.tenantScope(), organisationId).stream().map(ApiCredentialView::of).toList();
    }

    public IssuedApiKey issueForOrganisation(Long organisationId, String name, Set<ApiScope> scopes) {
        Caller caller = administrable(organisationId);
        AccessPolicy.require(caller.isUser(), "API keys are issued by people, not by other API keys");
        Organisation org = organisations.find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        ApiKey key = ApiKey.generate();
        ApiCredential c = ApiCredential.forOrganisation(org, validName(name), key, validScopes(scopes), caller.actor(), clock.instant());
        credentials.add(c);
        return new IssuedApiKey(ApiCredentialView.of(c), key.value());
    }

    public void revokeOfOrganisation(Long organisationId, Long credentialId) {
        Caller caller = administrable(organisationId);
        credentials.findOfOrganisation(caller.tenantScope(), organisationId, credentialId)
                .orElseThrow(() -> new NotFoundException("API credential " + credentialId))
                .revoke(clock.instant());
        recentKeys.forgetAllAfterTransaction();
    }

    public List<ApiCredentialView> providerIntegrations() {
        requireOps();
        return credentials.providerIntegrations().stream().map(ApiCredentialView::of).toList();
    }

    public IssuedApiKey issueProviderIntegration(String name, Set<ApiScope> scopes) {
        Caller caller = requireOps();
        ApiKey key = ApiKey.generate();
        ApiCredential c = ApiCredential.forProviderIntegration(validName(name), key, validScopes(scopes), caller.actor(),
                clock.instant());
        credentials.add(c);
        return new IssuedApiKey(ApiCredentialView.of(c), key.value());
    }

    public void revokeProviderIntegration(Long credentialId) {
        requireOps();
        credentials.findProviderIntegration(credentialId)
                .orElseThrow(() -> new NotFoundException("API credential " + credentialId))
                .revoke(clock.instant());
        recentKeys.forgetAllAfterTransaction();
    }

    private Caller requireOps() {
        return guard.requireOpsUser("Only operations administrators manage 3PL integration keys");
    }

    private Caller administrable(Long organisationId) {
        return guard.requireAdministrable(organisationId, "Only the organisation's administrators manage its API keys");
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new DomainRuleViolation("name", "Give the key a name of 1 to 100 characters (e.g. the system that uses it)");
        }
        return name;
    }

    private static Set<ApiScope> validScopes(Set<ApiScope> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new DomainRuleViolation("scopes", "Choose at least one scope");
        }
        return scopes;
    }
}
