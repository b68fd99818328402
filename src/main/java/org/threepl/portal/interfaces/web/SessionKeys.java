package org.threepl.portal.interfaces.web;

/** The few things the portal keeps in a user's HTTP session (everything else is in the database). */
final class SessionKeys {

    /** The session epoch of the sign-in (an Integer); a session whose epoch is behind its user's is ended. */
    static final String SESSION_EPOCH = "portal.sessionEpoch";
    /** A sign-in whose password was right and which waits for the second factor (a PendingSignIn). */
    static final String PENDING_SIGN_IN = "portal.pendingSignIn";
    /** The browser's time zone, sent with the password, kept until the second factor completes the sign-in. */
    static final String BROWSER_ZONE = "portal.browserZone";
    /** Recovery codes just made, shown once on the next page (a List of String). */
    static final String NEW_RECOVERY_CODES = "portal.newRecoveryCodes";

    private SessionKeys() {}
}
