package org.threepl.portal.application;

/**
 * Password hashes: a hash to store for a new password, the check of a password against a stored hash (in the same time
 * whether or not the user exists), and whether a stored hash should be replaced at the next sign-in.
 *
 * <p>A port of the application, implemented in infrastructure by {@code Pbkdf2PasswordHasher} (PBKDF2-HMAC-SHA256).
 */
public interface PasswordHasher {
    /** A new salted hash of the password, to be stored. */
    String hash(char[] password);

    /** Whether the password is the one the stored hash was made from. */
    boolean verify(char[] password, String stored);

    /** Spends the same time as a real verification, so unknown usernames cannot be told apart by timing. */
    void verifyNothing(char[] password);

    /** True when the stored hash uses fewer iterations than this hasher, and should be replaced. */
    boolean needsRehash(String stored);
}
