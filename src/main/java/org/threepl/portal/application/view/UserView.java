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
