package org.threepl.portal.domain.model.account;

import java.lang.reflect.Field;
import java.time.Instant;

/** Small builders shared by the account tests. */
final class AccountFixtures {

    static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    /** Any non-blank string will do: the entities store a hash, they never compute or check one. */
    static final String SOME_HASH = "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA";

    private AccountFixtures() {}

    static Organisation organisation(String code) {
        return new Organisation(OrganisationCode.of(code), code + " Ltd", NOW);
    }

    /**
     * Simulates persistence: JPA assigns an entity's id when it is stored, and the entity has no setter for it, so the
     * test sets the private field the way the persistence provider would.
     */
    static Organisation persisted(Organisation organisation, long id) {
        try {
            Field field = Organisation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organisation, id);
            return organisation;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Organisation no longer has a private 'id' field", e);
        }
    }

    static UserAccount clientUser(Organisation organisation, String username, Role role) {
        return UserAccount.clientUser(
                organisation,
                Username.of(username),
                "Display " + username,
                EmailAddress.of(username + "@example.com"),
                role,
                SOME_HASH,
                NOW);
    }

    static UserAccount staffMember(String username, Role role) {
        return UserAccount.staffMember(
                Username.of(username),
                "Display " + username,
                EmailAddress.of(username + "@3pl.example"),
                role,
                SOME_HASH,
                NOW);
    }
}
