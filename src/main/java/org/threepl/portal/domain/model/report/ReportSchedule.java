package org.threepl.portal.domain.model.report;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A user's standing order for a report: which export (with its filter or organisation), when ({@link Cadence}), in
 * which language and format, and whether the file is attached or linked. Runs on {@link #nextRunAt()} while active; the
 * job pauses it, saying why, when its owner may no longer receive it.
 */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule {

    public static final int MAX_TITLE = 100;
    public static final int MAX_FILTER = 1000;
    public static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_schedule_seq")
    @SequenceGenerator(name = "report_schedule_seq", sequenceName = "report_schedule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private ReportKind kind;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "filter", length = MAX_FILTER)
    private String filter;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 8)
    private ReportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 8)
    private ReportLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 16)
    private ReportDelivery delivery;

    @Embedded
    private Cadence cadence;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ScheduleState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_reason", length = 16)
    private PauseReason pauseReason;

    @Column(name = "pause_detail", length = MAX_DETAIL)
    private String pauseDetail;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ReportSchedule() {
        // for JPA
    }

    /**
     * A new active schedule of {@code ownerId}: the report {@code kind} of {@code organisationId} (needed by the SLA
     * period report; none for the other kinds means all the owner may see) under {@code filter} (the shipment history's
     * filter as query parameters), first sent at the cadence's next run after {@code now}.
     */
    public ReportSchedule(
            Long ownerId,
            String title,
            ReportKind kind,
            Long organisationId,
            String filter,
            Cadence cadence,
            Instant now) {
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.kind = required(kind, "kind", "rule.schedule.kind.required", "Choose a report");
        if (kind == ReportKind.SLA_PERIOD && organisationId == null) {
            throw new DomainRuleViolation(
                    "organisation",
                    "rule.schedule.organisation.required",
                    "The SLA period report is of one organisation: choose it");
        }
        this.organisationId = organisationId;
        this.filter = kind == ReportKind.SHIPMENTS ? filter(filter) : null;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.format = ReportFormat.XLSX;
        this.language = ReportLanguage.EN;
        this.delivery = ReportDelivery.ATTACHMENT;
        this.state = ScheduleState.ACTIVE;
        retitle(title);
        reschedule(cadence, now);
    }

    /** A new title. */
    public void retitle(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new DomainRuleViolation("title", "rule.schedule.title.required", "Give the schedule a title");
        }
        if (t.length() > MAX_TITLE) {
            throw new DomainRuleViolation(
                    "title", "rule.schedule.title.length", "A title has at most {0} characters", MAX_TITLE);
        }
        this.title = t;
    }

    /** How the report is written and reaches its owner: format, language, attached or linked. */
    public void deliverAs(ReportFormat format, ReportLanguage language, ReportDelivery delivery) {
        this.format = required(format, "format", "rule.schedule.format.required", "Choose a format");
        this.language = required(language, "language", "rule.schedule.language.required", "Choose a language");
        this.delivery =
                required(delivery, "delivery", "rule.schedule.delivery.required", "Choose how the report is delivered");
    }

    /** A new cadence: the next run is its first after {@code now}. */
    public void reschedule(Cadence next, Instant now) {
        this.cadence = required(next, "cadence", "rule.schedule.cadence.required", "Choose when the report is sent");
        this.nextRunAt = cadence.nextAfter(now);
    }

    /** Its owner stops the sending for now. */
    public void pause() {
        requireActive();
        state = ScheduleState.PAUSED;
        pauseReason = PauseReason.BY_OWNER;
        pauseDetail = null;
    }

    /** The job stops the sending: {@code reason} and, in words, {@code detail}, which the owner sees on the page. */
    public void pauseBecause(PauseReason reason, String detail) {
        requireActive();
        state = ScheduleState.PAUSED;
        pauseReason = Objects.requireNonNull(reason, "reason");
        String d = detail == null ? null : detail.strip();
        pauseDetail = d == null || d.length() <= MAX_DETAIL ? d : d.substring(0, MAX_DETAIL - 1) + "…";
    }

    /** Sending again, from the cadence's next run after {@code now}: runs missed while paused are not made up. */
    public void resume(Instant now) {
        if (state == ScheduleState.ACTIVE) {
            throw new DomainRuleViolation("state", "rule.schedule.alreadyActive", "The schedule is active already");
        }
        state = ScheduleState.ACTIVE;
        pauseReason = null;
        pauseDetail = null;
        nextRunAt = cadence.nextAfter(now);
    }

    /** Send once more at the job's next round; the cadence goes on as before afterwards. */
    public void sendNow(Instant now) {
        requireActive();
        nextRunAt = Objects.requireNonNull(now, "now");
    }

    /** Whether the job sends it at {@code now}. */
    public boolean isDue(Instant now) {
        return state == ScheduleState.ACTIVE && !nextRunAt.isAfter(now);
    }

    /** The report of the run due was made at {@code now}: the next run is the cadence's first after it. */
    public void sent(Instant now) {
        lastRunAt = Objects.requireNonNull(now, "now");
        nextRunAt = cadence.nextAfter(now);
    }

    private void requireActive() {
        if (state != ScheduleState.ACTIVE) {
            throw new DomainRuleViolation("state", "rule.schedule.paused", "The schedule is paused");
        }
    }

    private static String filter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_FILTER) {
            throw new DomainRuleViolation(
                    "filter", "rule.schedule.filter.length", "A filter has at most {0} characters", MAX_FILTER);
        }
        return text.strip();
    }

    private static <T> T required(T value, String field, String key, String english) {
        if (value == null) {
            throw new DomainRuleViolation(field, key, english);
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public Long ownerId() {
        return ownerId;
    }

    public boolean ownedBy(Long userId) {
        return ownerId.equals(userId);
    }

    public String title() {
        return title;
    }

    public ReportKind kind() {
        return kind;
    }

    /** The report's organisation; null for all the owner may see. */
    public Long organisationId() {
        return organisationId;
    }

    /** The shipment history's filter as query parameters; null for none. */
    public String filter() {
        return filter;
    }

    public ReportFormat format() {
        return format;
    }

    public ReportLanguage language() {
        return language;
    }

    public ReportDelivery delivery() {
        return delivery;
    }

    public Cadence cadence() {
        return cadence;
    }

    public ScheduleState state() {
        return state;
    }

    public PauseReason pauseReason() {
        return pauseReason;
    }

    public String pauseDetail() {
        return pauseDetail;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    public Instant lastRunAt() {
        return lastRunAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
