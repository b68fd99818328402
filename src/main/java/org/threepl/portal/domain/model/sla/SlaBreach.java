package org.threepl.portal.domain.model.sla;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A KPI breached over a closed period: opened when the breach is found, it waits for the account manager's comment
 * (what happened, what is being done). The comment can be revised; each revision records who and when, and concurrent
 * revisions are detected by the version.
 */
@Entity
@Table(name = "sla_breach")
public class SlaBreach {

    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_breach_seq")
    @SequenceGenerator(name = "sla_breach_seq", sequenceName = "sla_breach_seq", allocationSize = 50)
    private Long id;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "kpi", nullable = false, length = 40)
    private String kpi;

    @Column(name = "actual", precision = 12, scale = 4)
    private BigDecimal actual;

    @Column(name = "target", nullable = false, precision = 10, scale = 4)
    private BigDecimal target;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "manager_comment", length = MAX_COMMENT)
    private String comment;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "commented_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "commented_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "commented_by", length = 150))
    })
    private Actor commentedBy;

    @Column(name = "commented_at")
    private Instant commentedAt;

    @Column(name = "dispute_id")
    private Long disputeId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected SlaBreach() {
        // for JPA
    }

    public SlaBreach(
            Long termId,
            Long organisationId,
            Kpi kpi,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal actual,
            BigDecimal target,
            Instant openedAt) {
        this.termId = Objects.requireNonNull(termId, "termId");
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.kpi = Objects.requireNonNull(kpi, "kpi").name();
        this.periodStart = Objects.requireNonNull(periodStart, "periodStart");
        this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("A period ends on or after its start");
        }
        this.actual = actual;
        this.target = Objects.requireNonNull(target, "target");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    /** The account manager's account of the breach; replaces an earlier comment. */
    public void comment(String text, Actor by, Instant at) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("comment", "rule.slaBreach.comment.required", "A comment needs some text");
        }
        if (text.strip().length() > MAX_COMMENT) {
            throw new DomainRuleViolation(
                    "comment", "rule.slaBreach.comment.length", "A comment has at most {0} characters", MAX_COMMENT);
        }
        this.comment = text.strip();
        this.commentedBy = Objects.requireNonNull(by, "by");
        this.commentedAt = Objects.requireNonNull(at, "at");
    }

    /** The client turned this breach into an SLA dispute; once only. */
    public void turnedIntoDispute(Long dispute) {
        if (disputeId != null) {
            throw new IllegalStateException("This breach is already dispute " + disputeId);
        }
        disputeId = java.util.Objects.requireNonNull(dispute, "dispute");
    }

    public boolean awaitsComment() {
        return comment == null;
    }

    public Long id() {
        return id;
    }

    public Long termId() {
        return termId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String kpi() {
        return kpi;
    }

    public BigDecimal actual() {
        return actual;
    }

    public BigDecimal target() {
        return target;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String comment() {
        return comment;
    }

    public Actor commentedBy() {
        return commentedBy;
    }

    public Instant commentedAt() {
        return commentedAt;
    }

    public Long disputeId() {
        return disputeId;
    }

    public int version() {
        return version;
    }
}
