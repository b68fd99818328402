package org.threepl.portal.application;

/**
 * What the portal keeps about a person beyond their account, for erasing it: what only serves them is removed, and the
 * records that must stay (who did what) keep the typed actor but get the pseudonym instead of the name.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaPersonalData}.
 */
public interface PersonalData {

    /**
     * In the caller's transaction: removes the person's notifications, saved filters, scheduled reports, client
     * assignments (staff) and the mails still waiting for their address, and queues the replacement of their name in
     * the records.
     */
    void forget(Long userId, String email, String pseudonym, java.time.Instant now);

    /**
     * Replaces the names of the queued erasures with their pseudonyms in every record that keeps a name beside its
     * typed actor (and in the security log's subjects); the number of people done.
     */
    int pseudonymiseQueued(java.time.Instant now);
}
