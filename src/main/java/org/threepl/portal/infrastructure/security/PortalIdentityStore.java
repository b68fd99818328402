package org.threepl.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.infrastructure.persistence.UserAccountRepository;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a username and password against the user table. Disabled users and users of suspended
 * organisations are refused. The caller's group is its role name, which is also the web role.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    // --- relationship: the login trend counts sign-ins per user and day ---
    @Inject
    org.threepl.portal.infrastructure.persistence.SignInCounter signIns;

    @Transactional
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        char[] password = credential.getPassword().getValue();
        Optional<UserAccount> found = users.findByUsername(credential.getCaller());
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount user = found.get();
        if (!hasher.verify(password, user.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!user.isEnabled() || (user.organisation() != null && !user.organisation().isActive())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (hasher.needsRehash(user.passwordHash())) {
            user.upgradePasswordHash(hasher.hash(password));
        }
        user.recordLogin(clock.instant());
        org.threepl.portal.infrastructure.persistence.SignInCounter.countQuietly(signIns, user.id(),
                user.organisation() == null ? null : user.organisation().id(), java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        return new CredentialValidationResult(user.username().value(), Set.of(user.role().name()));
    }
}
