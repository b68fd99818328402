package org.threepl.portal.domain.model.account;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * An API key issued to a system: either for one client organisation (a client's TMS/ERP) or, with no organisation, for
 * a 3PL integration that may act on every client. Only the key's digest is kept.
 */
@Entity
@Table(name = "api_credential")
public class ApiCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_credential_seq")
    @SequenceGenerator(name = "api_credential_seq", sequenceName = "api_credential_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "key_prefix", nullable = false, unique = true, length = 16)
    private String keyPrefix;

    @Column(name = "key_digest", nullable = false, length = 64)
    private String keyDigest;

    @Convert(converter = ApiScopesConverter.class)
    @Column(name = "scopes", nullable = false, length = 64)
    private Set<ApiScope> scopes;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "created_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "created_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "created_by", nullable = false, length = 150))
    })
    private Actor createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    // both set, or both null for the configured default (which then follows the configuration)
    @Column(name = "rate_limit_per_minute")
    private Integer rateLimitPerMinute;

    @Column(name = "rate_limit_burst")
    private Integer rateLimitBurst;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ApiCredential() {
        // for JPA
    }

    private ApiCredential(
            Organisation organisation,
            String name,
            ApiKey key,
            Set<ApiScope> scopes,
            Actor createdBy,
            Instant createdAt) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("A credential name of 1 to 100 characters is required");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("A credential has at least one scope");
        }
        this.organisation = organisation;
        this.name = name.strip();
        this.keyPrefix = key.prefix();
        this.keyDigest = key.digest();
        this.scopes = EnumSet.copyOf(scopes);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public static ApiCredential forOrganisation(
            Organisation organisation, String name, ApiKey key, Set<ApiScope> scopes, Actor createdBy, Instant now) {
        return new ApiCredential(
                Objects.requireNonNull(organisation, "organisation"), name, key, scopes, createdBy, now);
    }

    public static ApiCredential forProviderIntegration(
            String name, ApiKey key, Set<ApiScope> scopes, Actor createdBy, Instant now) {
        return new ApiCredential(null, name, key, scopes, createdBy, now);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Revoking is final: a revoked key never works again. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** The key's own rate limit; empty: the configured default applies. */
    public Optional<RateLimit> rateLimit() {
        return rateLimitPerMinute == null || rateLimitBurst == null
                ? Optional.empty()
                : Optional.of(new RateLimit(rateLimitPerMinute, rateLimitBurst));
    }

    /** Gives the key its own rate limit, or (null) returns it to the configured default. */
    public void limitRate(RateLimit limit) {
        rateLimitPerMinute = limit == null ? null : limit.requestsPerMinute();
        rateLimitBurst = limit == null ? null : limit.burst();
    }

    public boolean authenticates(ApiKey key) {
        return !isRevoked() && key.prefix().equals(keyPrefix) && key.matches(keyDigest);
    }

    public boolean isProviderIntegration() {
        return organisation == null;
    }

    public boolean allows(ApiScope scope) {
        return scopes.contains(scope);
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Set<ApiScope> scopes() {
        return EnumSet.copyOf(scopes);
    }

    public Actor createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public int version() {
        return version;
    }
}
