package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.threepl.portal.application.view.ContractView;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.ServiceType;
import org.threepl.portal.domain.model.shared.DateRange;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/** Client contracts: visible to the client and its account managers, set up by ops admins. */
@ApplicationScoped
@Transactional
public class ContractService {

    @Inject
    CallerContext callers;

    @Inject
    ContractRepository contracts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    public record NewContract(
            String contractNumber,
            LocalDate startDate,
            LocalDate endDate,
            Set<ServiceType> services,
            BigDecimal monthlyFee,
            String currency) {}

    public List<ContractView> ofOrganisation(Long organisationId) {
        TenantScope scope = callers.current().tenantScope();
        if (organisations.find(scope, organisationId).isEmpty()) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        LocalDate today = LocalDate.now(clock);
        return contracts.ofOrganisation(scope, organisationId).stream()
                .map(c -> ContractView.of(c, today))
                .toList();
    }

    public ContractView get(Long id) {
        return contracts
                .find(callers.current().tenantScope(), id)
                .map(c -> ContractView.of(c, LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("Contract " + id));
    }

    /**
     * Agrees which reports count for the contract's service levels (the 3PL: ops admins and its keys), on the version
     * read; applies to reports from now on.
     */
    public ContractView countForServiceLevels(Long contractId, int expectedVersion, String evidence) {
        Caller caller = callers.current();
        ClientContract c = contracts
                .find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller),
                "Only the 3PL records what the contract counts for its service levels");
        Versions.require(c.version(), expectedVersion, "The contract");
        c.countForServiceLevels(org.threepl.portal.domain.model.shared.Enums.parse(
                org.threepl.portal.domain.model.account.SlaEvidence.class, "slaEvidence", evidence));
        contracts.flush();
        return ContractView.of(c, LocalDate.now(clock));
    }

    public ContractView create(Long organisationId, NewContract cmd) {
        Caller caller = callers.current();
        Organisation org = organisations
                .find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only operations administrators set up contracts");
        if (cmd.contractNumber() != null
                && contracts.numberTaken(cmd.contractNumber().strip())) {
            throw new DomainRuleViolation(
                    "contractNumber",
                    "rule.contract.number.taken",
                    "The contract number {0} is already in use",
                    cmd.contractNumber().strip());
        }
        Money fee = Money.from("monthlyFee", cmd.monthlyFee(), "currency", cmd.currency());
        DateRange term = DateRange.from("startDate", cmd.startDate(), "endDate", cmd.endDate());
        ClientContract c = new ClientContract(org, cmd.contractNumber(), term, cmd.services(), fee);
        contracts.add(c);
        return ContractView.of(c, LocalDate.now(clock));
    }
}
