package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A contact with a client, as its account manager logs it: a call, a visit, a business review or a care action; who
 * logged it and when it happened, what was said, and the next step. The log is the social bond's and the
 * personal-relationship facet's evidence; entries are never changed (internal to the 3PL).
 */
@Entity
@Table(name = "relationship_contact")
public class ContactLogEntry {

    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_NEXT_STEP = 500;
    public static final int MAX_PERSON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_contact_seq")
    @SequenceGenerator(
            name = "relationship_contact_seq",
            sequenceName = "relationship_contact_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private ContactKind kind;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "contact_person", length = MAX_PERSON, updatable = false)
    private String contactPerson;

    @Column(name = "summary", nullable = false, length = MAX_SUMMARY, updatable = false)
    private String summary;

    @Column(name = "next_step", length = MAX_NEXT_STEP, updatable = false)
    private String nextStep;

    @Column(name = "next_step_due", updatable = false)
    private LocalDate nextStepDue;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "recorded_by_kind", length = 16, updatable = false)),
        @AttributeOverride(name = "id", column = @Column(name = "recorded_by_id", updatable = false)),
        @AttributeOverride(
                name = "name",
                column = @Column(name = "recorded_by", nullable = false, length = 150, updatable = false))
    })
    private Actor recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ContactLogEntry() {
        // for JPA
    }

    public ContactLogEntry(
            Long organisationId,
            ContactKind kind,
            LocalDate occurredOn,
            String contactPerson,
            String summary,
            String nextStep,
            LocalDate nextStepDue,
            Actor recordedBy,
            Instant recordedAt,
            LocalDate today) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.kind = Objects.requireNonNull(kind, "A kind of contact is required");
        if (occurredOn == null) {
            throw new DomainRuleViolation(
                    "occurredOn", "rule.contact.occurredOn.required", "The day of the contact is required");
        }
        if (occurredOn.isAfter(today)) {
            throw new DomainRuleViolation(
                    "occurredOn",
                    "rule.contact.occurredOn.future",
                    "A contact is logged once it has happened; {0} is in the future",
                    occurredOn);
        }
        if (occurredOn.isBefore(today.minusYears(2))) {
            throw new DomainRuleViolation(
                    "occurredOn",
                    "rule.contact.occurredOn.old",
                    "A contact more than two years ago is not logged any more");
        }
        this.occurredOn = occurredOn;
        this.contactPerson = optional(
                contactPerson,
                MAX_PERSON,
                "contactPerson",
                "rule.contact.contactPerson.length",
                "The contact person has at most {0} characters");
        if (summary == null || summary.isBlank()) {
            throw new DomainRuleViolation(
                    "summary", "rule.contact.summary.required", "A summary of the contact is required");
        }
        this.summary = optional(
                summary,
                MAX_SUMMARY,
                "summary",
                "rule.contact.summary.length",
                "The summary has at most {0} characters");
        this.nextStep = optional(
                nextStep,
                MAX_NEXT_STEP,
                "nextStep",
                "rule.contact.nextStep.length",
                "The next step has at most {0} characters");
        if (nextStepDue != null && this.nextStep == null) {
            throw new DomainRuleViolation(
                    "nextStepDue", "rule.contact.nextStepDue.noStep", "A due day needs a next step");
        }
        if (nextStepDue != null && nextStepDue.isBefore(occurredOn)) {
            throw new DomainRuleViolation(
                    "nextStepDue", "rule.contact.nextStepDue.early", "The next step is due on or after the contact");
        }
        this.nextStepDue = nextStepDue;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    private static String optional(String text, int max, String field, String key, String english) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new DomainRuleViolation(field, key, english, max);
        }
        return t;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public ContactKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String summary() {
        return summary;
    }

    public String nextStep() {
        return nextStep;
    }

    public LocalDate nextStepDue() {
        return nextStepDue;
    }

    public Actor recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
