package org.threepl.portal.interfaces.web;

/** The few things the portal keeps in a user's HTTP session (everything else is in the database). */
final class SessionKeys {

    /**
     * Who signed in to this session (a {@link PortalFormAuthentication.SignedIn}): the session belongs to them alone,
     * and another server, where Liberty's sign-in cookie alone names nobody, continues the sign-in from it.
     */
    static final String SIGNED_IN = "portal.signedIn";
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
