package org.threepl.portal.domain.model.webhook;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * An organisation's subscription to the portal's events: where they are posted, which types, the secret they are signed
 * with, and whether it receives them. It pauses itself after {@code pauseAfter} failed attempts in a row, so a receiver
 * that is gone does not pile up work; its admins resume it.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** Why a subscription is paused. */
    public enum PauseReason {
        BY_ADMIN,
        FAILING
    }

    public static final int MAX_DESCRIPTION = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @SequenceGenerator(
            name = "webhook_subscription_seq",
            sequenceName = "webhook_subscription_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "url", nullable = false, length = WebhookUrl.MAX_LENGTH)
    private String url;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Convert(converter = WebhookEventTypesConverter.class)
    @Column(name = "event_types", nullable = false, length = 1000)
    private Set<WebhookEventType> eventTypes;

    @Column(name = "secret", nullable = false, length = 100)
    private String secret;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private SubscriptionState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_reason", length = 16)
    private PauseReason pausedReason;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "created_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "created_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "created_by", nullable = false, length = 150))
    })
    private Actor createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected WebhookSubscription() {
        // for JPA
    }

    public WebhookSubscription(
            Long organisationId,
            WebhookUrl url,
            String description,
            Set<WebhookEventType> eventTypes,
            WebhookSecret secret,
            Actor createdBy,
            Instant now) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.secret = Objects.requireNonNull(secret, "secret").value();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.state = SubscriptionState.ACTIVE;
        change(url, description, eventTypes);
    }

    /** A new address, description or choice of types; the secret and the state stay. */
    public void change(WebhookUrl url, String description, Set<WebhookEventType> eventTypes) {
        this.url = Objects.requireNonNull(url, "url").value();
        this.description = description(description);
        this.eventTypes = types(eventTypes);
    }

    private static String description(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String d = text.strip();
        if (d.length() > MAX_DESCRIPTION) {
            throw new DomainRuleViolation(
                    "description",
                    "rule.webhook.description.length",
                    "A description has at most {0} characters",
                    MAX_DESCRIPTION);
        }
        return d;
    }

    private static Set<WebhookEventType> types(Set<WebhookEventType> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw new DomainRuleViolation(
                    "eventTypes", "rule.webhook.eventTypes.required", "Choose at least one type of event");
        }
        if (!WebhookEventType.subscribable().containsAll(chosen)) {
            throw new DomainRuleViolation(
                    "eventTypes",
                    "rule.webhook.eventTypes.test",
                    "Test events are sent by \"send test event\" only; they cannot be subscribed to");
        }
        return EnumSet.copyOf(chosen);
    }

    /** Its admins stop the events for now. */
    public void pause() {
        if (state == SubscriptionState.PAUSED) {
            throw new DomainRuleViolation("state", "rule.webhook.alreadyPaused", "The subscription is paused already");
        }
        state = SubscriptionState.PAUSED;
        pausedReason = PauseReason.BY_ADMIN;
    }

    /** Events flow again, from now on; the count of failures starts again. */
    public void resume() {
        if (state == SubscriptionState.ACTIVE) {
            throw new DomainRuleViolation("state", "rule.webhook.alreadyActive", "The subscription is active already");
        }
        state = SubscriptionState.ACTIVE;
        pausedReason = null;
        consecutiveFailures = 0;
    }

    /** A new secret: deliveries are signed with it from now on. */
    public void rotateSecret(WebhookSecret next) {
        this.secret = Objects.requireNonNull(next, "next").value();
    }

    /** A delivery went through: the run of failures ends. */
    public void delivered() {
        consecutiveFailures = 0;
    }

    /**
     * An attempt failed; true if this failure paused the subscription (the {@code pauseAfter}-th in a row), which its
     * admins are then told.
     */
    public boolean failed(int pauseAfter) {
        consecutiveFailures++;
        if (state == SubscriptionState.ACTIVE && consecutiveFailures >= pauseAfter) {
            state = SubscriptionState.PAUSED;
            pausedReason = PauseReason.FAILING;
            return true;
        }
        return false;
    }

    /** Whether an event of this type is written for this subscription now. */
    public boolean receives(WebhookEventType type) {
        return state == SubscriptionState.ACTIVE && eventTypes.contains(type);
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public WebhookUrl url() {
        return new WebhookUrl(url);
    }

    public String description() {
        return description;
    }

    public Set<WebhookEventType> eventTypes() {
        return EnumSet.copyOf(eventTypes);
    }

    public WebhookSecret secret() {
        return new WebhookSecret(secret);
    }

    public SubscriptionState state() {
        return state;
    }

    public PauseReason pausedReason() {
        return pausedReason;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Actor createdBy() {
        return createdBy;
    }

    public int version() {
        return version;
    }
}
