package org.threepl.portal.domain.model.account;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.domain.model.shared.DateRange;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * The agreement between the 3PL and a client organisation: its term, the services it covers and the monthly fee in the
 * contract's currency. SLA targets, dispute procedures and tiers attach to it.
 */
@Entity
@Table(name = "client_contract")
public class ClientContract {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_contract_seq")
    @SequenceGenerator(name = "client_contract_seq", sequenceName = "client_contract_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "contract_number", nullable = false, unique = true, length = 40)
    private String contractNumber;

    @Embedded
    private DateRange term;

    @Convert(converter = ServiceTypesConverter.class)
    @Column(name = "services", nullable = false, length = 500)
    private Set<ServiceType> services;

    @Embedded
    @AttributeOverride(
            name = "amount",
            column = @Column(name = "monthly_fee", nullable = false, precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    private Money monthlyFee;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "sla_evidence", nullable = false, length = 24)
    private SlaEvidence slaEvidence = SlaEvidence.ALL_REPORTS;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ClientContract() {
        // for JPA
    }

    /** Which reports this contract counts for its service levels. */
    public SlaEvidence slaEvidence() {
        return slaEvidence == null ? SlaEvidence.ALL_REPORTS : slaEvidence;
    }

    /** Agrees which reports count for the service levels (a change of the contract; applies to reports from now on). */
    public void countForServiceLevels(SlaEvidence evidence) {
        this.slaEvidence = java.util.Objects.requireNonNull(evidence, "evidence");
    }

    public ClientContract(
            Organisation organisation,
            String contractNumber,
            DateRange term,
            Set<ServiceType> services,
            Money monthlyFee) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (contractNumber == null || !contractNumber.strip().matches("[A-Za-z0-9][A-Za-z0-9/._-]{1,39}")) {
            throw new DomainRuleViolation(
                    "contractNumber",
                    "rule.contract.number.format",
                    "A contract number is 2 to 40 letters, digits, '/', '.', '_' or '-'");
        }
        this.contractNumber = contractNumber.strip();
        this.term = Objects.requireNonNull(term, "A contract term is required");
        if (services == null || services.isEmpty()) {
            throw new DomainRuleViolation(
                    "services", "rule.contract.services.required", "A contract covers at least one service");
        }
        this.services = EnumSet.copyOf(services);
        if (monthlyFee == null) {
            throw new DomainRuleViolation(
                    "monthlyFee", "rule.contract.monthlyFee.required", "A monthly fee is required");
        }
        if (monthlyFee.isNegative()) {
            throw new DomainRuleViolation(
                    "monthlyFee", "rule.contract.monthlyFee.negative", "The monthly fee cannot be negative");
        }
        this.monthlyFee = monthlyFee;
    }

    public boolean isInForceOn(LocalDate day) {
        return term.contains(day);
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public DateRange term() {
        return term;
    }

    public Set<ServiceType> services() {
        return EnumSet.copyOf(services);
    }

    public Money monthlyFee() {
        return monthlyFee;
    }

    public int version() {
        return version;
    }
}
