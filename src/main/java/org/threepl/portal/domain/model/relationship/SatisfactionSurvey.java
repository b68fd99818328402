package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A short satisfaction survey the 3PL sends a client, answered once by one of its administrators: per dimension, what
 * was expected and what was perceived. OPEN until answered (ANSWERED, then unchangeable) or withdrawn by the 3PL
 * (WITHDRAWN).
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey {

    public enum State {
        OPEN,
        ANSWERED,
        WITHDRAWN
    }

    public static final int MAX_TITLE = 200;
    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_survey_seq")
    @SequenceGenerator(name = "satisfaction_survey_seq", sequenceName = "satisfaction_survey_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "sent_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "sent_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "sent_by", nullable = false, length = 150))
    })
    private Actor sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "satisfaction_answer", joinColumns = @JoinColumn(name = "survey_id"))
    private List<SurveyAnswer> answers = new ArrayList<>();

    @Column(name = "survey_c", precision = 10, scale = 4)
    private BigDecimal surveyC;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "answered_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "answered_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "answered_by", length = 150))
    })
    private Actor answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "client_comment", length = MAX_COMMENT)
    private String comment;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected SatisfactionSurvey() {
        // for JPA
    }

    public SatisfactionSurvey(
            Long organisationId, String title, LocalDate dueOn, Actor sentBy, Instant sentAt, LocalDate today) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new DomainRuleViolation(
                    "title", "rule.survey.title", "A title of 1 to {0} characters is required", MAX_TITLE);
        }
        this.title = title.strip();
        if (dueOn == null || dueOn.isBefore(today)) {
            throw new DomainRuleViolation("dueOn", "rule.survey.dueOn.past", "The survey is due today or later");
        }
        if (dueOn.isAfter(today.plusDays(90))) {
            throw new DomainRuleViolation("dueOn", "rule.survey.dueOn.far", "A survey is due within 90 days");
        }
        this.dueOn = dueOn;
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.state = State.OPEN;
    }

    /** The client's answer: every dimension once; the survey is then closed for good. */
    public void answer(List<SurveyAnswer> given, String comment, Actor by, Instant at) {
        if (state != State.OPEN) {
            throw new DomainRuleViolation(
                    "state",
                    "rule.survey.answer.notOpen",
                    "Cannot answer a survey that is {0}; only an open one",
                    now());
        }
        Objects.requireNonNull(given, "answers");
        BigDecimal c = Satisfaction.surveyC(given);
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            throw new DomainRuleViolation(
                    "comment", "rule.survey.comment.length", "A comment has at most {0} characters", MAX_COMMENT);
        }
        answers = new ArrayList<>(given);
        answers.sort(Comparator.comparing(SurveyAnswer::dimension));
        surveyC = c;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        answeredBy = Objects.requireNonNull(by, "by");
        answeredAt = Objects.requireNonNull(at, "at");
        state = State.ANSWERED;
    }

    /** The 3PL takes back a survey that was not answered. */
    public void withdraw() {
        if (state != State.OPEN) {
            throw new DomainRuleViolation(
                    "state",
                    "rule.survey.withdraw.notOpen",
                    "Cannot withdraw a survey that is {0}; only an open one",
                    now());
        }
        state = State.WITHDRAWN;
    }

    /** The state in words, for a refusal's English. */
    private String now() {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean overdue(LocalDate today) {
        return state == State.OPEN && today.isAfter(dueOn);
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public Actor sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public State state() {
        return state;
    }

    public List<SurveyAnswer> answers() {
        return List.copyOf(answers);
    }

    public BigDecimal surveyC() {
        return surveyC;
    }

    public Actor answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String comment() {
        return comment;
    }

    public int version() {
        return version;
    }
}
