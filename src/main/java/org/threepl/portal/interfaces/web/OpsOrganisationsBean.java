package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.ContractService;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.view.ContractView;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.domain.model.account.ServiceType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Ops admins: create organisations and their contracts, suspend and reactivate them. */
@Named
@ViewScoped
public class OpsOrganisationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    ContractService contracts;

    private PagedDataModel<OrganisationView> model;

    private String code;
    private String name;

    private Long contractOrganisationId;
    private String contractNumber;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<ServiceType> services;
    private BigDecimal monthlyFee;
    private String currency = "EUR";

    public PagedDataModel<OrganisationView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(
                    (PagedDataModel.PageSource<OrganisationView>) (offset, limit) -> jakarta.enterprise
                            .inject
                            .spi
                            .CDI
                            .current()
                            .select(OrganisationService.class)
                            .get()
                            .list(offset, limit),
                    o -> o.id().toString());
        }
        return model;
    }

    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient List<OrganisationView> allOrganisations;

    /** The organisations to choose from when creating a contract. */
    public List<OrganisationView> getAllOrganisations() {
        if (allOrganisations == null) {
            allOrganisations = organisations.list(0, 1000).items();
        }
        return allOrganisations;
    }

    public void createOrganisation() {
        try {
            OrganisationView created = organisations.create(code, name);
            Faces.info(Faces.text("ops.created", created.name()));
            allOrganisations = null;
            code = null;
            name = null;
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "newOrg:" + e.field(), Faces.refusal(e));
        } catch (IllegalArgumentException e) {
            Faces.error(e.getMessage());
        }
    }

    public void createContract() {
        // checked here rather than by required="true", which PrimeFaces writes as an ARIA attribute a table may not
        // carry
        if (services == null || services.isEmpty()) {
            Faces.error("newContract:services", Faces.text("contract.services") + " " + Faces.text("required"));
            return;
        }
        try {
            ContractView c = contracts.create(
                    contractOrganisationId,
                    new ContractService.NewContract(
                            contractNumber,
                            startDate,
                            endDate,
                            services == null || services.isEmpty()
                                    ? EnumSet.noneOf(ServiceType.class)
                                    : EnumSet.copyOf(services),
                            monthlyFee,
                            currency));
            Faces.info(Faces.text("ops.contractCreated", c.contractNumber()));
            contractNumber = null;
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "newContract:" + e.field(), Faces.refusal(e));
        } catch (IllegalArgumentException e) {
            Faces.error(e.getMessage());
        }
    }

    public void toggle(OrganisationView o) {
        try {
            organisations.setActive(o.id(), o.version(), !"ACTIVE".equals(o.status()));
            Faces.info(Faces.text("users.saved"));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("conflict"));
        }
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getContractOrganisationId() {
        return contractOrganisationId;
    }

    public void setContractOrganisationId(Long id) {
        this.contractOrganisationId = id;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<ServiceType> getServices() {
        return services;
    }

    public void setServices(List<ServiceType> services) {
        this.services = services;
    }

    public BigDecimal getMonthlyFee() {
        return monthlyFee;
    }

    public void setMonthlyFee(BigDecimal monthlyFee) {
        this.monthlyFee = monthlyFee;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
