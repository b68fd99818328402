package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.application.webhook.WebhookDeliveries;
import org.threepl.portal.application.webhook.WebhookSubscriptions;
import org.threepl.portal.application.webhook.WebhookViews;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.webhook.WebhookEventType;

/**
 * An organisation's webhooks ({@code ?org=}; its client admins and the ops admins): subscribe an address to types of
 * event (the secret shown once, and on demand), pause, resume, test, delete, and each subscription's delivery log with
 * the body of one delivery and redelivery of one event or of a range of days.
 */
@Named
@ViewScoped
public class WebhooksBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LOG_PAGE = 25;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    OrganisationService organisations;

    private Long org;
    private Long selected;
    private String url;
    private String description;
    private List<String> types = new ArrayList<>(List.of(WebhookEventType.SHIPMENT_STATUS_CHANGED.name()));
    private String secret;
    private Long secretOf;
    private String shownBody;
    private Long shownDelivery;
    private String cursor;
    private LocalDate redeliverFrom;
    private LocalDate redeliverTo;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient OrganisationView organisation;
    private transient List<WebhookViews.Subscription> list;
    private transient WebhookViews.LogPage log;

    public void load() {
        try {
            organisation = organisations.get(org);
            list = subscriptions.of(org);
        } catch (NotFoundException e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    public void create() {
        try {
            WebhookViews.WithSecret created =
                    subscriptions.create(org, new WebhookSubscriptions.Input(url, description, List.copyOf(types)));
            secret = created.secret();
            secretOf = created.subscription().id();
            selected = created.subscription().id();
            url = null;
            description = null;
            Faces.info(Faces.text("webhooks.created"));
            refresh();
        } catch (DomainRuleViolation e) {
            String field = e.field();
            if ("url".equals(field)) {
                Faces.error("create:url", Faces.text("webhooks.url.rule"));
            } else if ("eventTypes".equals(field)) {
                Faces.error("create:types", Faces.text("webhooks.types.required"));
            } else {
                Faces.error(field == null ? null : "create:" + field, Faces.refusal(e));
            }
        }
    }

    public void pause(WebhookViews.Subscription s) {
        Faces.attempt(() -> {
            subscriptions.changeState(s.id(), s.version(), WebhookSubscriptions.StateChange.PAUSE);
            Faces.info(Faces.text("webhooks.pausedDone"));
        });
        refresh();
    }

    public void resume(WebhookViews.Subscription s) {
        Faces.attempt(() -> {
            subscriptions.changeState(s.id(), s.version(), WebhookSubscriptions.StateChange.RESUME);
            Faces.info(Faces.text("webhooks.resumedDone"));
        });
        refresh();
    }

    public void sendTest(WebhookViews.Subscription s) {
        Faces.attempt(() -> {
            subscriptions.sendTest(s.id());
            selected = s.id();
            Faces.info(Faces.text("webhooks.testSent"));
        });
        refresh();
    }

    public void showSecret(WebhookViews.Subscription s) {
        Faces.attempt(() -> {
            secret = subscriptions.secret(s.id()).secret();
            secretOf = s.id();
        });
    }

    public void delete(WebhookViews.Subscription s) {
        Faces.attempt(() -> {
            subscriptions.delete(s.id());
            Faces.info(Faces.text("webhooks.deletedDone"));
        });
        if (Long.valueOf(s.id()).equals(selected)) {
            selected = null;
        }
        refresh();
    }

    public void select(WebhookViews.Subscription s) {
        selected = s.id();
        cursor = null;
        shownBody = null;
        log = null;
    }

    public void olderDeliveries() {
        cursor = getLog().nextCursor();
        log = null;
    }

    public void newestDeliveries() {
        cursor = null;
        log = null;
    }

    public void showBody(WebhookViews.Delivery d) {
        Faces.attempt(() -> {
            shownBody = deliveries.get(d.id()).body();
            shownDelivery = d.id();
        });
    }

    public void redeliver(WebhookViews.Delivery d) {
        Faces.attempt(() -> {
            deliveries.redeliver(d.id());
            Faces.info(Faces.text("webhooks.redeliveredOne"));
        });
        log = null;
    }

    public void redeliverRange() {
        if (redeliverFrom == null || redeliverTo == null || redeliverTo.isBefore(redeliverFrom)) {
            Faces.error("range:from", Faces.text("webhooks.range.rule"));
            return;
        }
        Faces.attempt(() -> {
            int n = deliveries.redeliver(
                    selected,
                    redeliverFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    redeliverTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            Faces.info(Faces.text("webhooks.redeliveredRange", n));
        });
        log = null;
    }

    private void refresh() {
        list = subscriptions.of(org);
        log = null;
    }

    public List<WebhookEventType> getAllTypes() {
        return WebhookEventType.subscribable().stream().sorted().toList();
    }

    public OrganisationView getOrganisation() {
        if (organisation == null && org != null) {
            organisation = organisations.get(org);
        }
        return organisation;
    }

    public List<WebhookViews.Subscription> getList() {
        if (list == null && org != null) {
            list = subscriptions.of(org);
        }
        return list;
    }

    /** The selected subscription, if it is still there. */
    public WebhookViews.Subscription getSelectedSubscription() {
        return selected == null
                ? null
                : getList().stream().filter(s -> s.id() == selected).findFirst().orElse(null);
    }

    public WebhookViews.LogPage getLog() {
        if (log == null && selected != null) {
            log = deliveries.log(selected, cursor, LOG_PAGE);
        }
        return log;
    }

    public boolean isOlderPage() {
        return cursor != null;
    }

    /** The subscription whose log is shown ({@code ?subscription=}, e.g. from the notice that it was paused). */
    public Long getSubscription() {
        return selected;
    }

    public void setSubscription(Long subscription) {
        this.selected = subscription;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The chosen types by name (a select-many posts strings). */
    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
    }

    public String getSecret() {
        return secret;
    }

    public Long getSecretOf() {
        return secretOf;
    }

    public String getShownBody() {
        return shownBody;
    }

    public Long getShownDelivery() {
        return shownDelivery;
    }

    public LocalDate getRedeliverFrom() {
        return redeliverFrom;
    }

    public void setRedeliverFrom(LocalDate redeliverFrom) {
        this.redeliverFrom = redeliverFrom;
    }

    public LocalDate getRedeliverTo() {
        return redeliverTo;
    }

    public void setRedeliverTo(LocalDate redeliverTo) {
        this.redeliverTo = redeliverTo;
    }
}
