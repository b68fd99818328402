package org.threepl.portal.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A person who signs in to the portal: a client's user (with its organisation) or a member of the 3PL's staff (no
 * organisation). The password is held only as a salted PBKDF2 hash.
 *
 * <p>Long because: the password, the sessions and the second factor (authenticator secret, the last time step used,
 * recovery codes) change together under one version and one session epoch (a new password or a reset second factor ends
 * every session), so they stay one aggregate; a third of it is mapping and accessors.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "alerts_by_email", nullable = false)
    private boolean alertsByEmail = true;

    @Column(name = "alerts_in_portal", nullable = false)
    private boolean alertsInPortal = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The language pages, e-mails and notifications are written in ("en", "zh-CN"); null until chosen. */
    @Column(name = "language", length = 8)
    private String language;

    /** The time zone times are shown in (an IANA zone id such as "Europe/London"); null until known. */
    @Column(name = "time_zone", length = 40)
    private String timeZone;

    /**
     * Raised whenever the user's other sessions must end (password changed or reset, second factor reset, disabled).
     */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The last time step whose code was accepted: a code works once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection
    @CollectionTable(name = "user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    private List<RecoveryCode> recoveryCodes = new ArrayList<>();

    /** When the person's data was erased; the account then stays only as the pseudonym records point to. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(
            Username username,
            String displayName,
            EmailAddress email,
            Role role,
            Organisation organisation,
            String passwordHash,
            Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username").value();
        this.displayName = requireDisplayName(displayName);
        this.email = Objects.requireNonNull(email, "email").value();
        this.role = Objects.requireNonNull(role, "role");
        this.organisation = organisation;
        this.passwordHash = requireHash(passwordHash);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A user of a client organisation; the role must be a client role. */
    public static UserAccount clientUser(
            Organisation organisation,
            Username username,
            String displayName,
            EmailAddress email,
            Role role,
            String passwordHash,
            Instant now) {
        Objects.requireNonNull(organisation, "A client user belongs to an organisation");
        if (!role.isClientRole()) {
            throw new IllegalArgumentException(role + " is not a client role");
        }
        return new UserAccount(username, displayName, email, role, organisation, passwordHash, now);
    }

    /** A member of the 3PL's staff; the role must be a staff role. */
    public static UserAccount staffMember(
            Username username, String displayName, EmailAddress email, Role role, String passwordHash, Instant now) {
        if (!role.isStaffRole()) {
            throw new IllegalArgumentException(role + " is not a staff role");
        }
        return new UserAccount(username, displayName, email, role, null, passwordHash, now);
    }

    private static String requireDisplayName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation(
                    "displayName", "rule.user.displayName.required", "A display name is required");
        }
        if (name.strip().length() > 200) {
            throw new DomainRuleViolation(
                    "displayName", "rule.user.displayName.length", "A display name has at most {0} characters", 200);
        }
        return name.strip();
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        return hash;
    }

    /**
     * Sets a password chosen by someone else (creation, reset): the user must change it at next sign-in, and every
     * session signed in with the old one ends.
     */
    public void assignTemporaryPassword(String newHash) {
        this.passwordHash = requireHash(newHash);
        this.passwordChangeRequired = true;
        endSessions();
    }

    /**
     * Sets a password the user chose; every session but the one the caller keeps (see {@link #sessionEpoch()}) ends.
     */
    public void changePassword(String newHash) {
        this.passwordHash = requireHash(newHash);
        this.passwordChangeRequired = false;
        endSessions();
    }

    /**
     * Ends every session of this user: each carries the epoch of its sign-in, and a lower one is no longer accepted.
     */
    public void endSessions() {
        this.sessionEpoch++;
    }

    // --- preferences ---

    /** The languages the portal speaks. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "zh-CN");

    /** Chooses the language of pages, e-mails and notifications. */
    public void speak(String languageTag) {
        if (languageTag == null || !LANGUAGES.contains(languageTag)) {
            throw new org.threepl.portal.domain.model.shared.DomainRuleViolation(
                    "language", "rule.account.language", "The portal speaks English (en) and Chinese (zh-CN)");
        }
        this.language = languageTag;
    }

    /** Chooses the time zone times are shown in. */
    public void liveIn(java.time.ZoneId zone) {
        this.timeZone = java.util.Objects.requireNonNull(zone, "zone").getId();
    }

    /** The language chosen, or empty. */
    public java.util.Optional<String> language() {
        return java.util.Optional.ofNullable(language);
    }

    /** The time zone chosen (or taken from the browser at the first sign-in), or empty. */
    public java.util.Optional<java.time.ZoneId> timeZone() {
        try {
            return timeZone == null ? java.util.Optional.empty() : java.util.Optional.of(java.time.ZoneId.of(timeZone));
        } catch (java.time.DateTimeException unknown) {
            return java.util.Optional.empty();
        }
    }

    // --- the second factor ---

    /** Whether this user must have a second factor: staff always, a client's users when their organisation says so. */
    public boolean secondFactorRequired() {
        return role.isStaffRole() || (organisation != null && organisation.secondFactorRequired());
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /**
     * Enrols an authenticator app: the first code proves the app holds the secret (and is then used up). Returns the
     * recovery codes in plain text, to show once.
     */
    public List<String> enrolSecondFactor(String base32Secret, String firstCode, Instant now) {
        if (!Totp.isValidSecret(base32Secret)) {
            throw new IllegalArgumentException("Not a valid authenticator secret");
        }
        OptionalLong step = Totp.verify(base32Secret, firstCode, now, null);
        if (step.isEmpty()) {
            throw new org.threepl.portal.domain.model.shared.DomainRuleViolation(
                    "code",
                    "rule.user.secondFactor.codeMismatch",
                    "The code does not match: check the time on the phone and type the code the app shows now");
        }
        this.totpSecret = base32Secret;
        this.totpEnrolledAt = now;
        this.totpLastStep = step.getAsLong();
        return newRecoveryCodes();
    }

    /**
     * Sets an authenticator secret known in advance, without a first code (the demo's staff, whose seeds are published
     * with their passwords). Real users enrol with {@link #enrolSecondFactor}.
     */
    public void provisionSecondFactor(String base32Secret, Instant now) {
        if (!Totp.isValidSecret(base32Secret)) {
            throw new IllegalArgumentException("Not a valid authenticator secret");
        }
        this.totpSecret = base32Secret;
        this.totpEnrolledAt = now;
        this.totpLastStep = null;
    }

    /**
     * Whether the code is this user's current authenticator code (each code once) or an unused recovery code (then used
     * up).
     */
    public SecondFactorCheck checkSecondFactor(String code, Instant now) {
        if (totpSecret == null || code == null) {
            return SecondFactorCheck.WRONG;
        }
        OptionalLong step = Totp.verify(totpSecret, code, now, totpLastStep);
        if (step.isPresent()) {
            totpLastStep = step.getAsLong();
            return SecondFactorCheck.CODE;
        }
        for (RecoveryCode r : recoveryCodes) {
            if (r.matches(code)) {
                r.use(now);
                return SecondFactorCheck.RECOVERY_CODE;
            }
        }
        return SecondFactorCheck.WRONG;
    }

    /** What a second-factor check found. */
    public enum SecondFactorCheck {
        CODE,
        RECOVERY_CODE,
        WRONG;

        public boolean passed() {
            return this != WRONG;
        }
    }

    /** New recovery codes replace the old ones; returned in plain text, to show once. */
    public List<String> newRecoveryCodes() {
        if (totpSecret == null) {
            throw new org.threepl.portal.domain.model.shared.DomainRuleViolation(
                    null, "rule.account.secondFactor.notSetUp", "Set up the authenticator app first");
        }
        List<String> plain = RecoveryCode.generate();
        recoveryCodes.clear();
        plain.forEach(c -> recoveryCodes.add(RecoveryCode.of(c)));
        return plain;
    }

    public long unusedRecoveryCodes() {
        return recoveryCodes.stream().filter(r -> !r.isUsed()).count();
    }

    /**
     * Removes the second factor (an ops admin's reset, or the user's own choice where none is required); sessions end.
     */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
        this.recoveryCodes.clear();
        endSessions();
    }

    /** Replaces the hash with a stronger one of the same password (e.g. more iterations). */
    public void upgradePasswordHash(String newHash) {
        this.passwordHash = requireHash(newHash);
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public void disable() {
        this.enabled = false;
        endSessions();
    }

    public void enable() {
        if (erasedAt != null) {
            throw new DomainRuleViolation(
                    "enabled", "rule.user.erased.enable", "An erased account cannot be enabled again");
        }
        this.enabled = true;
    }

    /** The pseudonym that replaces an erased person's name, here and in every record that names them. */
    public String pseudonym() {
        return pseudonymOf(id);
    }

    /** The pseudonym of the account with this id, once erased. */
    public static String pseudonymOf(Long id) {
        return "erased-" + id;
    }

    /**
     * Erases the person (their right to erasure): the account stays, since records point to it, but under
     * {@link #pseudonym()} with nothing left that names or reaches them: no name, address, password, second factor,
     * language or zone; it can never sign in or be enabled again. Only a disabled account is erased, so that erasing is
     * a second, deliberate step.
     */
    public void erase(String unusableHash, Instant now) {
        if (erasedAt != null) {
            throw new DomainRuleViolation(
                    "erased", "rule.user.erased.already", "This account's personal data was erased already");
        }
        if (enabled) {
            throw new DomainRuleViolation(
                    "enabled", "rule.user.erase.disableFirst", "Disable the account before erasing its personal data");
        }
        this.username = pseudonym();
        this.displayName = pseudonym();
        this.email = pseudonym() + "@erased.invalid";
        this.passwordHash = requireHash(unusableHash);
        this.passwordChangeRequired = true;
        this.language = null;
        this.timeZone = null;
        this.alertsByEmail = false;
        this.alertsInPortal = false;
        resetSecondFactor();
        this.erasedAt = Objects.requireNonNull(now, "now");
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public void updateProfile(String displayName, EmailAddress email) {
        this.displayName = requireDisplayName(displayName);
        this.email = Objects.requireNonNull(email, "email").value();
    }

    /** Whether this user belongs to the given organisation. */
    public boolean belongsTo(Long organisationId) {
        return organisation != null && organisationId != null && organisationId.equals(organisation.id());
    }

    /** How service-level alerts reach this user: by e-mail, in the portal, both or neither. */
    public void chooseAlerts(boolean byEmail, boolean inPortal) {
        this.alertsByEmail = byEmail;
        this.alertsInPortal = inPortal;
    }

    public boolean wantsAlertsByEmail() {
        return alertsByEmail;
    }

    public boolean wantsAlertsInPortal() {
        return alertsInPortal;
    }

    public Long id() {
        return id;
    }

    public Username username() {
        return new Username(username);
    }

    public String displayName() {
        return displayName;
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public Role role() {
        return role;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public Instant secondFactorEnrolledAt() {
        return totpEnrolledAt;
    }

    public int version() {
        return version;
    }
}
