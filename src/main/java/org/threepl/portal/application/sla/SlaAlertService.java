package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.threepl.portal.application.NotificationRepository;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.webhook.WebhookPayloads;
import org.threepl.portal.application.webhook.WebhookPublisher;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.RollupsUpdated;
import org.threepl.portal.domain.model.sla.SlaBreach;
import org.threepl.portal.domain.model.webhook.WebhookEventType;

/**
 * SLA alerts: when a KPI is at risk in its running period, or was breached in the period that has just closed (which
 * also opens a breach entry for the account manager to comment on), its client administrators and account managers are
 * told, once per KPI, period and level, in the portal and by e-mail, as each of them chose. Raised after every roll-up
 * of the organisation's figures (by the scheduled job, or a recompute).
 */
@ApplicationScoped
@Transactional
public class SlaAlertService {

    private static final Logger LOG = Logger.getLogger(SlaAlertService.class.getName());

    @Inject
    WebhookPublisher webhooks;

    @Inject
    SlaJudgement sla;

    @Inject
    OrganisationRepository organisations;

    @Inject
    NotificationRepository notifications;

    @Inject
    Notifier notifier;

    /**
     * This bean through its proxy, so that {@link #raise} runs in its own transaction when called from the observer.
     */
    @Inject
    SlaAlertService self;

    @Inject
    SlaBreachRepository breaches;

    @Inject
    Clock clock;

    /** An alert just raised. */
    record Alert(KpiResultView period, String level) {}

    /**
     * Outside the roll-up's transaction: alerts are raised in one of their own, so that an alert that cannot be raised
     * now (e.g. the same alert raised at the same moment by the scheduled job on another server) never undoes the
     * roll-up that fired it; it is raised on the next roll-up.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void onRollups(@Observes RollupsUpdated updated) {
        try {
            self.raise(updated.organisationId());
        } catch (RuntimeException e) {
            // an alert that cannot be raised now is raised on the next roll-up: it is recorded only once sent
            LOG.log(Level.WARNING, "SLA alerts for organisation " + updated.organisationId() + " failed", e);
        }
    }

    /** Raises the organisation's new alerts, in a transaction of their own; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int raise(Long organisationId) {
        Optional<Organisation> found = organisations.find(TenantScope.all(), organisationId);
        if (found.isEmpty()) {
            return 0;
        }
        Organisation org = found.get();
        Instant now = clock.instant();
        List<Alert> raised = new ArrayList<>();
        for (SlaDashboard.KpiTrend k : sla.dashboardOf(org, TenantScope.all()).kpis()) {
            KpiResultView current = k.current();
            if ("AT_RISK".equals(current.status()) && once(current, "AT_RISK", org, now)) {
                raised.add(new Alert(current, "AT_RISK"));
            }
            KpiResultView previous = k.previous();
            if (previous != null
                    && previous.closed()
                    && "BREACHED".equals(previous.status())
                    && once(previous, "BREACHED", org, now)) {
                raised.add(new Alert(previous, "BREACHED"));
                if (!breaches.exists(previous.term().id(), previous.periodStart())) {
                    breaches.add(new SlaBreach(
                            previous.term().id(),
                            org.id(),
                            Kpi.valueOf(previous.term().kpi()),
                            previous.periodStart(),
                            previous.periodEnd(),
                            previous.value(),
                            previous.term().target(),
                            now));
                }
            }
        }
        if (raised.isEmpty()) {
            return 0;
        }
        List<UserAccount> recipients = new ArrayList<>(notifier.clientAdminsOf(organisationId));
        recipients.addAll(notifier.accountManagersOf(organisationId));
        String page = "/sla.xhtml?org=" + organisationId;
        for (Alert a : raised) {
            notifier.tell(recipients, subject(org, a), body(org, a), page);
            KpiResultView p = a.period();
            webhooks.publish(
                    org.id(),
                    "BREACHED".equals(a.level()) ? WebhookEventType.SLA_BREACHED : WebhookEventType.SLA_AT_RISK,
                    "sla:" + p.term().id(),
                    new WebhookPayloads.ServiceLevel(
                            p.term().id(),
                            p.term().kpi(),
                            p.periodStart(),
                            p.value(),
                            p.term().target()));
        }
        LOG.info(
                () -> raised.size() + " SLA alert(s) for " + org.name() + " to " + recipients.size() + " recipient(s)");
        return raised.size();
    }

    private boolean once(KpiResultView period, String level, Organisation org, Instant now) {
        return notifications.raiseOnce(period.term().id(), period.periodStart(), level, org.id(), now);
    }

    /** "Acme: On-time delivery breached in October 2026" (the level says which). */
    static Message subject(Organisation org, Alert a) {
        KpiResultView p = a.period();
        return Message.of(
                "alert.sla." + a.level() + ".subject",
                Message.text(org.name()),
                Message.term("kpi." + p.term().kpi()),
                p.periodInWords());
    }

    /** The figures of the period: actual against target, what they were counted from, the bonus–malus if any. */
    static Message body(Organisation org, Alert a) {
        KpiResultView p = a.period();
        Message money = p.bonusMalusAmount() == null
                ? Message.of("alert.sla.noMoney")
                : Message.of(
                        p.closed() ? "alert.sla.money" : "alert.sla.money.provisional",
                        Message.term("sla.bm." + p.bonusMalus()),
                        Message.amount(p.bonusMalusAmount(), p.currency()));
        return Message.of(
                "alert.sla." + a.level() + ".body",
                Message.term("kpi." + p.term().kpi()),
                Message.text(org.name()),
                p.periodInWords(),
                Message.kpi(p.term().kpi(), p.value()),
                Message.kpi(p.term().kpi(), p.term().target()),
                Message.count(p.numerator()),
                Message.count(p.denominator()),
                Message.nested(money));
    }
}
