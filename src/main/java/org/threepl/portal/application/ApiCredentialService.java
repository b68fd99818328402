package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.application.view.ApiCredentialView;
import org.threepl.portal.application.view.IssuedApiKey;
import org.threepl.portal.domain.model.account.ApiCredential;
import org.threepl.portal.domain.model.account.ApiKey;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.RateLimit;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * API credentials: issued by a client admin for its organisation or by an ops admin for a 3PL integration, shown once,
 * stored as a digest, revocable; and the check of a presented key.
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

    @Inject
    SecurityLog securityLog;

    @Inject
    RateLimitService rateLimits;

    /** Key and address pairs this server has seen (so that only a pair's first request reads the database); bounded. */
    private final Set<String> seenAddresses = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final int SEEN_MAX = 20_000;

    /**
     * The caller behind a presented key, or empty if the key is unknown, revoked, or its organisation suspended. Every
     * API request asks this: a key proved a few seconds ago is answered from {@link ApiKeyCache}, others are read
     * outside any transaction (a read needs none; the last-use note, at most once a minute, has its own).
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
        Optional<ApiCredential> withPrefix = credentials.findByPrefix(key.get().prefix());
        Optional<ApiCredential> found = withPrefix
                .filter(c -> c.authenticates(key.get()))
                .filter(c -> c.isProviderIntegration() || c.organisation().isActive());
        if (found.isEmpty() && withPrefix.isPresent()) {
            // a real key's prefix with a wrong secret, or a revoked key, or a suspended client's: worth a line in the
            // log
            ApiCredential c = withPrefix.get();
            securityLog.record(
                    SecurityEventType.API_KEY_REFUSED,
                    b -> b.aboutCredential(c.id(), c.name())
                            .organisation(
                                    c.isProviderIntegration()
                                            ? null
                                            : c.organisation().id())
                            .detail(
                                    c.revokedAt() != null
                                            ? "revoked"
                                            : c.authenticates(key.get()) ? "organisation suspended" : "wrong secret"));
        }
        found.ifPresent(this::noteUse);
        Optional<Caller> caller = found.map(ApiCredentialService::toCaller);
        caller.ifPresent(c -> recentKeys.remember(digest, c));
        return caller;
    }

    /**
     * Notes the address a key is used from: the first request from an address the key never came from is a security-log
     * entry. Called for every API request; only a pair this server has not seen reads the database.
     */
    public void noteAddress(Caller caller, String address) {
        if (!caller.isApiCredential() || address == null) {
            return;
        }
        String pair = caller.credentialId() + "|" + address;
        if (seenAddresses.contains(pair)) {
            return;
        }
        if (seenAddresses.size() > SEEN_MAX) {
            seenAddresses.clear();
        }
        seenAddresses.add(pair);
        if (credentials.noteAddress(caller.credentialId(), address, clock.instant())) {
            securityLog.record(
                    SecurityEventType.API_KEY_NEW_ADDRESS,
                    b -> b.aboutCredential(caller.credentialId(), caller.name())
                            .organisation(caller.organisationId())
                            .from(address));
        }
    }

    private void noteUse(ApiCredential c) {
        Instant now = clock.instant();
        if (c.lastUsedAt() == null || c.lastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now)) {
            credentials.recordUse(c.id(), now, now.minus(LAST_USE_RESOLUTION));
        }
    }

    private static Caller toCaller(ApiCredential c) {
        RateLimit limit = c.rateLimit().orElse(null);
        if (c.isProviderIntegration()) {
            return Caller.apiCredential(c.id(), c.name(), null, c.scopes(), TenantScope.all(), limit);
        }
        Long org = c.organisation().id();
        return Caller.apiCredential(c.id(), c.name(), org, c.scopes(), TenantScope.of(List.of(org)), limit);
    }

    public List<ApiCredentialView> ofOrganisation(Long organisationId) {
        Caller caller = administrable(organisationId);
        return credentials.ofOrganisation(caller.tenantScope(), organisationId).stream()
                .map(this::view)
                .toList();
    }

    public IssuedApiKey issueForOrganisation(Long organisationId, String name, Set<ApiScope> scopes) {
        Caller caller = administrable(organisationId);
        AccessPolicy.require(caller.isUser(), "API keys are issued by people, not by other API keys");
        Organisation org = organisations
                .find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        ApiKey key = ApiKey.generate();
        ApiCredential c = ApiCredential.forOrganisation(
                org, validName(name), key, validScopes(scopes), caller.actor(), clock.instant());
        credentials.add(c);
        credentials.flush();
        securityLog.record(
                caller,
                SecurityEventType.API_KEY_ISSUED,
                b -> b.aboutCredential(c.id(), c.name())
                        .organisation(organisationId)
                        .detail("scopes " + c.scopes()));
        return new IssuedApiKey(view(c), key.value());
    }

    public void revokeOfOrganisation(Long organisationId, Long credentialId) {
        Caller caller = administrable(organisationId);
        ApiCredential c = credentials
                .findOfOrganisation(caller.tenantScope(), organisationId, credentialId)
                .orElseThrow(() -> new NotFoundException("API credential " + credentialId));
        c.revoke(clock.instant());
        recentKeys.forgetAllAfterTransaction();
        securityLog.record(
                caller,
                SecurityEventType.API_KEY_REVOKED,
                b -> b.aboutCredential(c.id(), c.name()).organisation(organisationId));
    }

    public List<ApiCredentialView> providerIntegrations() {
        requireOps();
        return credentials.providerIntegrations().stream().map(this::view).toList();
    }

    public IssuedApiKey issueProviderIntegration(String name, Set<ApiScope> scopes) {
        Caller caller = requireOps();
        ApiKey key = ApiKey.generate();
        ApiCredential c = ApiCredential.forProviderIntegration(
                validName(name), key, validScopes(scopes), caller.actor(), clock.instant());
        credentials.add(c);
        credentials.flush();
        securityLog.record(
                caller,
                SecurityEventType.API_KEY_ISSUED,
                b -> b.aboutCredential(c.id(), c.name()).detail("3PL integration, scopes " + c.scopes()));
        return new IssuedApiKey(view(c), key.value());
    }

    public void revokeProviderIntegration(Long credentialId) {
        Caller caller = requireOps();
        ApiCredential c = credentials
                .findProviderIntegration(credentialId)
                .orElseThrow(() -> new NotFoundException("API credential " + credentialId));
        c.revoke(clock.instant());
        recentKeys.forgetAllAfterTransaction();
        securityLog.record(
                caller,
                SecurityEventType.API_KEY_REVOKED,
                b -> b.aboutCredential(c.id(), c.name()).detail("3PL integration"));
    }

    /**
     * Gives a client organisation's key its own rate limit, or (null) the configured default. People only: a key never
     * changes its own limit.
     */
    public ApiCredentialView limitRateOfOrganisation(Long organisationId, Long credentialId, RateLimit limit) {
        Caller caller = administrable(organisationId);
        AccessPolicy.require(caller.isUser(), "Rate limits are set by people, not by API keys");
        ApiCredential c = credentials
                .findOfOrganisation(caller.tenantScope(), organisationId, credentialId)
                .orElseThrow(() -> new NotFoundException("API credential " + credentialId));
        return limitRate(caller, c, limit);
    }

    /** Gives a 3PL integration key its own rate limit, or (null) the configured default. */
    public ApiCredentialView limitRateOfProviderIntegration(Long credentialId, RateLimit limit) {
        Caller caller = requireOps();
        ApiCredential c = credentials
                .findProviderIntegration(credentialId)
                .orElseThrow(() -> new NotFoundException("API credential " + credentialId));
        return limitRate(caller, c, limit);
    }

    private ApiCredentialView limitRate(Caller caller, ApiCredential c, RateLimit limit) {
        c.limitRate(limit);
        securityLog.record(
                caller,
                SecurityEventType.API_KEY_LIMIT_CHANGED,
                b -> b.aboutCredential(c.id(), c.name())
                        .organisation(
                                c.isProviderIntegration()
                                        ? null
                                        : c.organisation().id())
                        // figures (or "default") rather than a sentence: the detail is shown as written in every
                        // language
                        .detail(limit == null ? "default" : limit.requestsPerMinute() + "/min, " + limit.burst()));
        credentials.flush();
        // the limit travels with the cached caller: this server applies it from the next request, others within
        // portal.api.key.cache.seconds
        recentKeys.forgetAllAfterTransaction();
        return view(c);
    }

    private ApiCredentialView view(ApiCredential c) {
        return ApiCredentialView.of(c, rateLimits.defaults());
    }

    private Caller requireOps() {
        return guard.requireOpsUser("Only operations administrators manage 3PL integration keys");
    }

    private Caller administrable(Long organisationId) {
        return guard.requireAdministrable(organisationId, "Only the organisation's administrators manage its API keys");
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new DomainRuleViolation(
                    "name",
                    "rule.apiKey.name",
                    "Give the key a name of 1 to 100 characters (e.g. the system that uses it)");
        }
        return name;
    }

    private static Set<ApiScope> validScopes(Set<ApiScope> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new DomainRuleViolation("scopes", "rule.apiKey.scopes.required", "Choose at least one scope");
        }
        return scopes;
    }
}
