package org.threepl.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A client organisation of the 3PL: the tenant whose data its users and credentials may see. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrganisationStatus status;

    @Column(name = "second_factor_required", nullable = false)
    private boolean secondFactorRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(OrganisationCode code, String name, Instant createdAt) {
        this.code = Objects.requireNonNull(code, "code").value();
        this.name = requireName(name);
        this.status = OrganisationStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation(
                    "name", "rule.organisation.name.required", "An organisation name is required");
        }
        if (name.strip().length() > 200) {
            throw new DomainRuleViolation(
                    "name", "rule.organisation.name.length", "An organisation name has at most {0} characters", 200);
        }
        return name.strip();
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void suspend() {
        this.status = OrganisationStatus.SUSPENDED;
    }

    public void reactivate() {
        this.status = OrganisationStatus.ACTIVE;
    }

    /** Whether every user of this organisation must sign in with a second factor (its admins decide). */
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    public void requireSecondFactor(boolean required) {
        this.secondFactorRequired = required;
    }

    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public OrganisationCode code() {
        return new OrganisationCode(code);
    }

    public String name() {
        return name;
    }

    public OrganisationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
