package org.threepl.portal.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.account.Username;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Message;

/**
 * What the services that administer people share ({@link ClientUserService}, {@link StaffService},
 * {@link AssignmentService}, {@link UserSecurityService}): who may act, finding a client's user, a free username, and
 * telling a client's admins when the 3PL changed one of their users.
 */
@Dependent
class UserAdministration {

    @Inject
    CallerContext callers;

    @Inject
    UserAccountRepository users;

    @Inject
    AccessGuard guard;

    @Inject
    Notifier notifier;

    Caller caller() {
        return callers.current();
    }

    /** An operations admin in person: the 3PL's staff and the assignments are theirs to manage. */
    Caller requireOps() {
        return guard.requireOpsUser("Only operations administrators manage staff and assignments");
    }

    /** People are administered by people: an API key acts for a system, never adds, resets or promotes anyone. */
    static void requirePerson(Caller caller) {
        AccessPolicy.require(
                caller.isUser(),
                "API keys act for systems: adding, changing or resetting people is done by a signed-in "
                        + "administrator in the portal");
    }

    /** The caller, who may administer this organisation's users. */
    Caller administrable(Long organisationId) {
        return guard.requireAdministrable(organisationId, "Only the organisation's administrators manage its users");
    }

    UserAccount clientUser(Caller caller, Long organisationId, Long userId) {
        return users.findClientUser(caller.tenantScope(), organisationId, userId)
                .orElseThrow(() -> new NotFoundException("User " + userId));
    }

    Username uniqueUsername(String raw) {
        Username username = Username.of(raw);
        if (users.usernameTaken(username.value())) {
            throw new DomainRuleViolation(
                    "username", "rule.username.taken", "The username {0} is already taken", username);
        }
        return username;
    }

    /** When the 3PL changes a client user's account, the client's admins are told (they did not do it themselves). */
    void tellClientAdminsIfThe3plActed(Caller caller, UserAccount user, String change) {
        if (!caller.isProvider() || user.organisation() == null) {
            return;
        }
        List<UserAccount> admins = notifier.clientAdminsOf(user.organisation().id()).stream()
                .filter(a -> !a.id().equals(user.id()))
                .toList();
        notifier.tell(
                admins,
                Message.of("account.changedBy3pl.subject", Message.text(user.displayName())),
                Message.of(
                        "account.changedBy3pl.body",
                        Message.text(user.username().value()),
                        Message.text(user.displayName()),
                        Message.term("account.change." + change),
                        Message.text(caller.name())),
                "/admin/users.xhtml?org=" + user.organisation().id());
    }
}
