package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEventType;
import org.threepl.portal.domain.model.webhook.WebhookSecret;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;
import org.threepl.portal.domain.model.webhook.WebhookUrl;

/**
 * An organisation's webhook subscriptions: listed, created (the secret answered once, and on demand), changed on the
 * version read, paused, resumed, deleted, their secret rotated, and a test event sent.
 */
@ApplicationScoped
@Transactional
public class WebhookSubscriptions {

    /** A subscription as entered; {@code eventTypes} by name, in any case. */
    public record Input(String url, String description, List<String> eventTypes) {}

    /** What a subscription's admins may do to its state. */
    public enum StateChange {
        PAUSE,
        RESUME
    }

    @Inject
    WebhookAccess access;

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookPublisher publisher;

    @Inject
    Clock clock;

    /** Plain HTTP to this machine's loopback address (receivers in tests, on a developer's machine). */
    @Inject
    @ConfigProperty(name = "portal.webhooks.http-loopback", defaultValue = "false")
    boolean httpToLoopback;

    public List<WebhookViews.Subscription> of(Long organisationId) {
        access.organisation(organisationId);
        return webhooks.subscriptionsOf(organisationId).stream()
                .map(WebhookViews.Subscription::of)
                .toList();
    }

    public WebhookViews.WithSecret create(Long organisationId, Input in) {
        Caller caller = access.organisation(organisationId);
        WebhookSubscription s = new WebhookSubscription(
                organisationId,
                WebhookUrl.of(in.url(), httpToLoopback),
                in.description(),
                types(in.eventTypes()),
                WebhookSecret.generate(),
                caller.actor(),
                clock.instant());
        webhooks.add(s);
        return new WebhookViews.WithSecret(
                WebhookViews.Subscription.of(s), s.secret().value());
    }

    public WebhookViews.Subscription get(long id) {
        return WebhookViews.Subscription.of(access.subscription(id));
    }

    /** The secret, for an admin setting up the receiver. */
    public WebhookViews.WithSecret secret(long id) {
        WebhookSubscription s = access.subscription(id);
        return new WebhookViews.WithSecret(
                WebhookViews.Subscription.of(s), s.secret().value());
    }

    public WebhookViews.Subscription change(long id, int version, Input in) {
        WebhookSubscription s = current(id, version);
        s.change(WebhookUrl.of(in.url(), httpToLoopback), in.description(), types(in.eventTypes()));
        webhooks.flush();
        return WebhookViews.Subscription.of(s);
    }

    public WebhookViews.Subscription changeState(long id, int version, StateChange change) {
        WebhookSubscription s = current(id, version);
        if (change == StateChange.PAUSE) {
            s.pause();
        } else {
            s.resume();
            webhooks.dueNow(s.id(), clock.instant());
        }
        webhooks.flush();
        return WebhookViews.Subscription.of(s);
    }

    /** A new secret, answered once; deliveries are signed with it from now on. */
    public WebhookViews.WithSecret rotateSecret(long id, int version) {
        WebhookSubscription s = current(id, version);
        WebhookSecret next = WebhookSecret.generate();
        s.rotateSecret(next);
        webhooks.flush();
        return new WebhookViews.WithSecret(WebhookViews.Subscription.of(s), next.value());
    }

    /** Deleted with its delivery log; events owed to it are dropped. */
    public void delete(long id) {
        webhooks.remove(access.subscription(id));
    }

    /** A TEST event for this subscription alone, sent by the delivery job like any other; the delivery's id. */
    public long sendTest(long id) {
        WebhookSubscription s = access.subscription(id);
        WebhookDelivery d = publisher.test(
                s, new WebhookPayloads.Test(s.id(), "A test event sent from the portal; nothing changed."));
        return d.id();
    }

    private WebhookSubscription current(long id, int version) {
        WebhookSubscription s = access.subscription(id);
        if (s.version() != version) {
            throw new ConcurrentChangeException("Webhook subscription " + id);
        }
        return s;
    }

    private static Set<WebhookEventType> types(List<String> names) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        if (names != null) {
            for (String name : names) {
                types.add(Enums.parse(WebhookEventType.class, "eventTypes", name, WebhookEventType.subscribable()));
            }
        }
        return types;
    }
}
