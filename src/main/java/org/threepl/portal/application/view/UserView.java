package org.threepl.portal.application.view;

import java.time.Instant;
import org.threepl.portal.domain.model.account.UserAccount;

public record UserView(
        Long id,
        String username,
        String displayName,
        String email,
        String role,
        Long organisationId,
        boolean enabled,
        boolean passwordChangeRequired,
        boolean secondFactor,
        Instant createdAt,
        Instant lastLoginAt,
        int version) {

    /** Whether the account was erased: it then stands only for its records, and nothing more is done to it. */
    public boolean erased() {
        return username.equals(UserAccount.pseudonymOf(id));
    }

    /** Whether the person's data may be erased now: a disabled account not erased yet. */
    public boolean erasable() {
        return !enabled && !erased();
    }

    public static UserView of(UserAccount u) {
        return new UserView(
                u.id(),
                u.username().value(),
                u.displayName(),
                u.email().value(),
                u.role().name(),
                u.organisation() == null ? null : u.organisation().id(),
                u.isEnabled(),
                u.passwordChangeRequired(),
                u.hasSecondFactor(),
                u.createdAt(),
                u.lastLoginAt(),
                u.version());
    }
}
