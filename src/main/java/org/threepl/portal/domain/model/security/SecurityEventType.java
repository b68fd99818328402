package org.threepl.portal.domain.model.security;

/** What a security-log entry records. Names are stable: they are stored and exported. */
public enum SecurityEventType {
    SIGN_IN_SUCCEEDED(Category.SIGN_IN),
    SIGN_IN_FAILED(Category.SIGN_IN),
    SIGN_IN_BLOCKED(Category.SIGN_IN),
    SECOND_FACTOR_FAILED(Category.SIGN_IN),
    RECOVERY_CODE_USED(Category.SIGN_IN),
    SIGNED_OUT(Category.SESSION),
    SESSION_ENDED(Category.SESSION),
    SESSION_REFUSED(Category.SESSION),
    PASSWORD_CHANGED(Category.ACCOUNT),
    PASSWORD_RESET(Category.ACCOUNT),
    SECOND_FACTOR_ENROLLED(Category.ACCOUNT),
    SECOND_FACTOR_RESET(Category.ACCOUNT),
    RECOVERY_CODES_RENEWED(Category.ACCOUNT),
    SECOND_FACTOR_POLICY_CHANGED(Category.ACCOUNT),
    USER_CREATED(Category.ACCOUNT),
    USER_DISABLED(Category.ACCOUNT),
    USER_ENABLED(Category.ACCOUNT),
    USER_ERASED(Category.ACCOUNT),
    ROLE_GRANT_REFUSED(Category.ACCOUNT),
    ASSIGNMENT_ADDED(Category.ACCESS),
    ASSIGNMENT_REMOVED(Category.ACCESS),
    ORGANISATION_SUSPENDED(Category.ACCESS),
    ORGANISATION_REACTIVATED(Category.ACCESS),
    API_KEY_ISSUED(Category.CREDENTIAL),
    API_KEY_REVOKED(Category.CREDENTIAL),
    API_KEY_NEW_ADDRESS(Category.CREDENTIAL),
    API_KEY_REFUSED(Category.CREDENTIAL),
    API_KEY_LIMIT_CHANGED(Category.CREDENTIAL),
    TIER_DECIDED(Category.FOUR_EYES),
    FOUR_EYES_REFUSED(Category.FOUR_EYES);

    /** Groups of entries for filtering the log. */
    public enum Category {
        SIGN_IN,
        SESSION,
        ACCOUNT,
        ACCESS,
        CREDENTIAL,
        FOUR_EYES
    }

    private final Category category;

    SecurityEventType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
