package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.view.ContractView;
import org.threepl.portal.application.view.OrganisationSummary;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Client organisations: what callers may see of them, and how ops admins create and change them. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    @Inject
    CallerContext callers;

    @Inject
    ApiKeyCache recentKeys;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ContractRepository contracts;

    @Inject
    UserAccountRepository users;

    @Inject
    AccountAssignmentRepository assignments;

    @Inject
    Clock clock;

    @Inject
    SecurityLog securityLog;

    public Page<OrganisationView> list(int offset, int limit) {
        TenantScope scope = callers.current().tenantScope();
        return new Page<>(
                organisations.list(scope, offset, limit).stream()
                        .map(OrganisationView::of)
                        .toList(),
                organisations.count(scope));
    }

    /** Keyset paging for the API: organisations with an id above {@code afterId}. */
    public List<OrganisationView> listAfter(long afterId, int limit) {
        return organisations.listAfter(callers.current().tenantScope(), afterId, limit).stream()
                .map(OrganisationView::of)
                .toList();
    }

    public OrganisationView get(Long id) {
        return OrganisationView.of(visible(id));
    }

    public OrganisationSummary summary(Long id) {
        Caller caller = callers.current();
        Organisation o = visible(id);
        LocalDate today = LocalDate.now(clock);
        List<ContractView> contractViews = contracts.ofOrganisation(caller.tenantScope(), id).stream()
                .map(c -> ContractView.of(c, today))
                .toList();
        List<String> managers = assignments.ofOrganisation(id).stream()
                .map(a -> a.manager().displayName())
                .toList();
        return new OrganisationSummary(
                OrganisationView.of(o), contractViews, managers, users.countOfOrganisation(caller.tenantScope(), id));
    }

    public OrganisationView create(String code, String name) {
        Caller caller = callers.current();
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller), "Only operations administrators create organisations");
        OrganisationCode c = OrganisationCode.of(code);
        if (organisations.findByCode(c).isPresent()) {
            throw new DomainRuleViolation(
                    "code", "rule.organisation.code.taken", "The organisation code {0} is already in use", c);
        }
        users.firstWithUsernamePrefix(c.value().toLowerCase(java.util.Locale.ROOT) + ".")
                .ifPresent(u -> {
                    throw new DomainRuleViolation(
                            "code",
                            "rule.organisation.code.staffNamespace",
                            "The staff user {0} has a username starting with '{1}.', which would be this "
                                    + "organisation's namespace for usernames: choose another code",
                            u,
                            c.value().toLowerCase(java.util.Locale.ROOT));
                });
        Organisation o = new Organisation(c, name, clock.instant());
        organisations.add(o);
        return OrganisationView.of(o);
    }

    /** Renames an organisation if nobody changed it since {@code expectedVersion} was read. */
    public OrganisationView rename(Long id, int expectedVersion, String newName) {
        Caller caller = callers.current();
        Organisation o = visible(id);
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only the 3PL may rename an organisation");
        Versions.require(o.version(), expectedVersion, "The organisation");
        o.rename(newName);
        organisations.flush();
        return OrganisationView.of(o);
    }

    public OrganisationView setActive(Long id, int expectedVersion, boolean active) {
        Caller caller = callers.current();
        Organisation o = visible(id);
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller), "Only the 3PL may suspend or reactivate an organisation");
        Versions.require(o.version(), expectedVersion, "The organisation");
        if (active) {
            o.reactivate();
        } else {
            o.suspend();
            recentKeys.forgetAllAfterTransaction(); // its API keys stop working now, not when they leave the cache
        }
        organisations.flush();
        securityLog.record(
                caller,
                active ? SecurityEventType.ORGANISATION_REACTIVATED : SecurityEventType.ORGANISATION_SUSPENDED,
                b -> b.organisation(o.id()).aboutName(o.name()));
        return OrganisationView.of(o);
    }

    /**
     * Whether every user of the organisation must sign in with a second factor: its client admins decide (and the 3PL's
     * ops admins). Turning it on ends the sessions of the users without one, so that they set one up at their next
     * sign-in.
     */
    public OrganisationView requireSecondFactor(Long id, int expectedVersion, boolean required) {
        Caller caller = callers.current();
        Organisation o = visible(id);
        AccessPolicy.require(
                caller.isUser() && AccessPolicy.mayAdministerOrganisation(caller, id),
                "Only the organisation's administrators decide on the second factor");
        Versions.require(o.version(), expectedVersion, "The organisation");
        if (o.secondFactorRequired() == required) {
            return OrganisationView.of(o);
        }
        o.requireSecondFactor(required);
        if (required) {
            users.listOfOrganisation(caller.tenantScope(), id, 0, Integer.MAX_VALUE).stream()
                    .filter(u -> !u.hasSecondFactor())
                    .forEach(UserAccount::endSessions);
        }
        organisations.flush();
        securityLog.record(
                caller,
                SecurityEventType.SECOND_FACTOR_POLICY_CHANGED,
                b -> b.organisation(o.id())
                        .aboutName(o.name())
                        .detail(required ? "required for every user" : "optional"));
        return OrganisationView.of(o);
    }

    private Organisation visible(Long id) {
        return organisations
                .find(callers.current().tenantScope(), id)
                .orElseThrow(() -> new NotFoundException("Organisation " + id));
    }
}
