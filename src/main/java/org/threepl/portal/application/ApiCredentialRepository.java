package org.threepl.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.account.ApiCredential;

/** A port of the application, implemented in infrastructure by {@code JpaApiCredentialRepository}. */
public interface ApiCredentialRepository {
    /**
     * By key prefix, for authentication: not scoped, since the caller is not known yet. Read-only (every API request
     * makes this look-up): Hibernate keeps no snapshot of it and never writes it back.
     */
    Optional<ApiCredential> findByPrefix(String prefix);

    /**
     * Notes that a key was used at {@code at}, unless a use since {@code unlessUsedSince} is already on record. One
     * conditional update that leaves the version alone: requests that note a use at the same moment (on this server or
     * another) never fail on each other, and a key's use never clashes with an administrator revoking it.
     */
    void recordUse(Long id, Instant at, Instant unlessUsedSince);

    /**
     * Records that a key was used from an address; true if that address is new for the key (the first use from anywhere
     * counts too). One insert that another server's insert of the same pair cannot break.
     */
    boolean noteAddress(Long credentialId, String address, Instant at);

    Optional<ApiCredential> findOfOrganisation(TenantScope scope, Long organisationId, Long id);

    /** Any credential by id, unscoped: only for finding out who is accountable for what a key did. */
    Optional<ApiCredential> findById(Long id);

    Optional<ApiCredential> findProviderIntegration(Long id);

    List<ApiCredential> ofOrganisation(TenantScope scope, Long organisationId);

    List<ApiCredential> providerIntegrations();

    void add(ApiCredential credential);

    /** Writes pending changes now, so that the returned view carries the new version. */
    void flush();
}
