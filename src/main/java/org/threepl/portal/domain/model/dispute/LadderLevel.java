package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.threepl.portal.domain.model.account.Role;

/**
 * One rung of the escalation ladder: who deals with the dispute at this level (its name, e.g. "Account management"),
 * through which of its roles the 3PL decides there ({@code providerRole}: its account managers, or only its operations
 * admins, e.g. from the executives' level on), and how many days they have before it goes up to the next one (0: the
 * last rung, no further escalation by time).
 */
@Embeddable
public record LadderLevel(
        @Column(name = "level_name", nullable = false, length = 60)
        String name,

        @Column(name = "time_limit_days", nullable = false) int timeLimitDays,

        @Enumerated(EnumType.STRING) @Column(name = "provider_role", nullable = false, length = 24)
        Role providerRole) {

    public static final int MAX_NAME = 60;
    public static final int MAX_DAYS = 365;

    public LadderLevel {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A ladder level has a name of 1 to " + MAX_NAME + " characters");
        }
        if (timeLimitDays < 0 || timeLimitDays > MAX_DAYS) {
            throw new IllegalArgumentException("A ladder level's time limit is 0 to " + MAX_DAYS + " days");
        }
        if (providerRole == null) {
            providerRole = Role.ACCOUNT_MANAGER;
        }
        if (providerRole != Role.ACCOUNT_MANAGER && providerRole != Role.OPS_ADMIN) {
            throw new IllegalArgumentException("The 3PL decides through its account managers or its operations admins");
        }
        name = name.strip();
    }

    /** A level at which the client's account managers decide for the 3PL. */
    public LadderLevel(String name, int timeLimitDays) {
        this(name, timeLimitDays, Role.ACCOUNT_MANAGER);
    }

    /** Whether a 3PL user of {@code role} may decide (offer, accept, reject) at this level; ops admins always may. */
    public boolean mayDecide(Role role) {
        return role == Role.OPS_ADMIN || role == providerRole;
    }
}
