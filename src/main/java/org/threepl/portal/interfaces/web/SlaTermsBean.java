package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.ContractService;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.sla.SlaTermView;
import org.threepl.portal.application.sla.SlaTerms;
import org.threepl.portal.application.view.ContractView;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.Lateness;

/** Ops admins: a client's SLA terms, and recording a term or a new version of one ({@code ?org=}). */
@Named
@ViewScoped
public class SlaTermsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlaTerms sla;

    @Inject
    ContractService contracts;

    private Long org;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient List<SlaTermView> terms;
    private transient List<ContractView> contractChoices;

    private Long contractId;
    private String kpi = Kpi.ON_TIME_DELIVERY.name();
    private BigDecimal target;
    private String period = "MONTH";
    private String scopeKind = "ALL";
    private String scopeValue;
    private Integer toleranceMinutes = 0;
    private BigDecimal bonusThreshold;
    private BigDecimal bonusPercent;
    private BigDecimal penaltyThreshold;
    private BigDecimal penaltyPercent;
    private LocalDate effectiveFrom;

    public void load() {
        try {
            terms = sla.terms(org);
            contractChoices = contracts.ofOrganisation(org);
            if (contractId == null && !contractChoices.isEmpty()) {
                contractId = contractChoices.get(0).id();
            }
        } catch (NotFoundException | DomainRuleViolation e) {
            Faces.sendError(404);
        }
    }

    public void record() {
        try {
            SlaTermView t = sla.addTerm(
                    contractId,
                    new SlaTerms.NewTerm(
                            kpi,
                            target,
                            period,
                            scopeKind,
                            scopeValue,
                            toleranceMinutes,
                            bonusThreshold,
                            bonusPercent,
                            penaltyThreshold,
                            penaltyPercent,
                            effectiveFrom));
            Faces.info(Faces.text(
                    "slaTerms.recorded",
                    Faces.text("kpi." + t.kpi()),
                    Faces.fmt().date(t.effectiveFrom())));
            terms = sla.terms(org);
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "newTerm:" + component(e.field()), Faces.refusal(e));
        }
    }

    /** The input a refused field belongs to: the form's ids are the request's field names, but for the tolerance. */
    private static String component(String field) {
        return "toleranceMinutes".equals(field) ? "tolerance" : field;
    }

    public Kpi[] getKpis() {
        return Kpi.values();
    }

    public List<Integer> getTolerances() {
        return Lateness.TOLERANCES;
    }

    public List<SlaTermView> getTerms() {
        if (terms == null) {
            terms = sla.terms(org);
        }
        return terms;
    }

    public List<ContractView> getContractChoices() {
        if (contractChoices == null) {
            contractChoices = contracts.ofOrganisation(org);
        }
        return contractChoices;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public String getKpi() {
        return kpi;
    }

    public void setKpi(String kpi) {
        this.kpi = kpi;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getScopeKind() {
        return scopeKind;
    }

    public void setScopeKind(String scopeKind) {
        this.scopeKind = scopeKind;
    }

    public String getScopeValue() {
        return scopeValue;
    }

    public void setScopeValue(String scopeValue) {
        this.scopeValue = scopeValue;
    }

    public Integer getToleranceMinutes() {
        return toleranceMinutes;
    }

    public void setToleranceMinutes(Integer toleranceMinutes) {
        this.toleranceMinutes = toleranceMinutes;
    }

    public BigDecimal getBonusThreshold() {
        return bonusThreshold;
    }

    public void setBonusThreshold(BigDecimal bonusThreshold) {
        this.bonusThreshold = bonusThreshold;
    }

    public BigDecimal getBonusPercent() {
        return bonusPercent;
    }

    public void setBonusPercent(BigDecimal bonusPercent) {
        this.bonusPercent = bonusPercent;
    }

    public BigDecimal getPenaltyThreshold() {
        return penaltyThreshold;
    }

    public void setPenaltyThreshold(BigDecimal penaltyThreshold) {
        this.penaltyThreshold = penaltyThreshold;
    }

    public BigDecimal getPenaltyPercent() {
        return penaltyPercent;
    }

    public void setPenaltyPercent(BigDecimal penaltyPercent) {
        this.penaltyPercent = penaltyPercent;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
