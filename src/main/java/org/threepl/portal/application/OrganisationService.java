package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.view.ContractView;
import org.threepl.portal.application.view.OrganisationSummary;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.infrastructure.persistence.AccountAssignmentRepository;
import org.threepl.portal.infrastructure.persistence.ContractRepository;
import org.threepl.portal.infrastructure.persistence.OrganisationRepository;
import org.threepl.portal.infrastructure.persistence.UserAccountRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

    public Page<OrganisationView> list(int offset, int limit) {
        TenantScope scope = callers.current().tenantScope();
        return new Page<>(organisations.list(scope, offset, limit).stream().map(OrganisationView::of).toList(),
                organisations.count(scope));
    }

    /** Keyset paging for the API: organisations with an id above {@code afterId}. */
    public List<OrganisationView> listAfter(long afterId, int limit) {
        return organisations.listAfter(callers.current().tenantScope(), afterId, limit).stream()
                .map(OrganisationView::of).toList();
    }

    public OrganisationView get(Long id) {
        return OrganisationView.of(visible(id));
    }

    public OrganisationSummary summary(Long id) {
        Caller caller = callers.current();
        Organisation o = visible(id);
        LocalDate today = LocalDate.now(clock);
        List<ContractView> contractViews = contracts.ofOrganisation(caller.tenantScope(), id).stream()
                .map(c -> ContractView.of(c, today)).toList();
        List<String> managers = assignments.ofOrganisation(id).stream().map(a -> a.manager().displayName()).toList();
        return new OrganisationSummary(OrganisationView.of(o), contractViews, managers,
                users.countOfOrganisation(caller.tenantScope(), id));
    }

    public OrganisationView create(String code, String name) {
        Caller caller = callers.current();
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only operations administrators create organisations");
        OrganisationCode c = OrganisationCode.of(code);
        if (organisations.findByCode(c).isPresent()) {
            throw new DomainRuleViolation("code", "The organisation code " + c + " is already in use");
        }
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
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only the 3PL may suspend or reactivate an organisation");
        Versions.require(o.version(), expectedVersion, "The organisation");
        if (active) {
            o.reactivate();
        } else {
            o.suspend();
            recentKeys.forgetAllAfterTransaction(); // its API keys stop working now, not when they leave the cache
        }
        organisations.flush();
        return OrganisationView.of(o);
    }

    private Organisation visible(Long id) {
        return organisations.find(callers.current().tenantScope(), id)
                .orElseThrow(() -> new NotFoundException("Organisation " + id));
    }
}
