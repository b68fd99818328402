package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.threepl.portal.application.view.AssignmentView;
import org.threepl.portal.domain.model.account.AccountAssignment;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Which account manager looks after which client organisation; managed by operations admins in person. */
@ApplicationScoped
@Transactional
public class AssignmentService {

    @Inject
    UserAdministration admin;

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountAssignmentRepository assignments;

    @Inject
    SecurityLog securityLog;

    @Inject
    Clock clock;

    public List<AssignmentView> assignments() {
        admin.requireOps();
        return assignments.all().stream().map(AssignmentView::of).toList();
    }

    public AssignmentView assign(Long managerId, Long organisationId) {
        Caller caller = admin.requireOps();
        UserAccount manager = users.findById(managerId)
                .filter(u -> u.role() == Role.ACCOUNT_MANAGER)
                .orElseThrow(() -> new DomainRuleViolation(
                        "managerId", "rule.assignment.manager.required", "Choose an account manager"));
        Organisation org = organisations
                .find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new DomainRuleViolation(
                        "organisationId", "rule.assignment.organisation.required", "Choose an organisation"));
        if (assignments.find(managerId, organisationId).isPresent()) {
            throw new DomainRuleViolation(
                    null, "rule.assignment.exists", "{0} already looks after {1}", manager.displayName(), org.name());
        }
        AccountAssignment a = new AccountAssignment(manager, org, clock.instant());
        assignments.add(a);
        securityLog.record(
                caller,
                SecurityEventType.ASSIGNMENT_ADDED,
                b -> b.aboutUser(manager.id(), manager.username().value()).organisation(org.id()));
        return AssignmentView.of(a);
    }

    public void unassign(Long managerId, Long organisationId) {
        Caller caller = admin.requireOps();
        AccountAssignment a =
                assignments.find(managerId, organisationId).orElseThrow(() -> new NotFoundException("Assignment"));
        assignments.remove(a);
        securityLog.record(
                caller,
                SecurityEventType.ASSIGNMENT_REMOVED,
                b -> b.aboutUser(managerId, a.manager().username().value()).organisation(organisationId));
    }
}
