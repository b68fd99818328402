package org.threepl.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An account manager's responsibility for a client organisation: what the manager may see and act on. */
@Entity
@Table(name = "account_assignment")
public class AccountAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_assignment_seq")
    @SequenceGenerator(name = "account_assignment_seq", sequenceName = "account_assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "manager_id", nullable = false)
    private UserAccount manager;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected AccountAssignment() {
        // for JPA
    }

    public AccountAssignment(UserAccount manager, Organisation organisation, Instant assignedAt) {
        Objects.requireNonNull(manager, "manager");
        if (manager.role() != Role.ACCOUNT_MANAGER) {
            throw new IllegalArgumentException(manager.username() + " is not an account manager");
        }
        this.manager = manager;
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.assignedAt = Objects.requireNonNull(assignedAt, "assignedAt");
    }

    public Long id() {
        return id;
    }

    public UserAccount manager() {
        return manager;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
