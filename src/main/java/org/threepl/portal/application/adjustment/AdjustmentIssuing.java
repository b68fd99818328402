package org.threepl.portal.application.adjustment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.billing.InvoiceRepository;
import org.threepl.portal.application.relationship.RelationshipRepository;
import org.threepl.portal.application.sla.KpiResultView;
import org.threepl.portal.application.sla.SlaPerformance;
import org.threepl.portal.application.webhook.WebhookPayloads;
import org.threepl.portal.application.webhook.WebhookPublisher;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.billing.AdjustmentCause;
import org.threepl.portal.domain.model.billing.BillingAdjustment;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceRecorded;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.sla.RollupsUpdated;
import org.threepl.portal.domain.model.webhook.WebhookEventType;

/**
 * Issues the billing adjustments, each once for its cause, in the transaction of what caused it where there is one (a
 * dispute settled, an invoice recorded) and after each roll-up for the SLA periods that closed with a bonus or a
 * credit. Every adjustment is told to the organisation's webhook subscribers (BILLING_ADJUSTMENT_ISSUED) in the same
 * transaction.
 */
@ApplicationScoped
public class AdjustmentIssuing {

    private static final Logger LOG = Logger.getLogger(AdjustmentIssuing.class.getName());

    @Inject
    AdjustmentRepository adjustments;

    @Inject
    InvoiceRepository invoices;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RelationshipRepository relationships;

    @Inject
    SlaPerformance sla;

    @Inject
    WebhookPublisher webhooks;

    @Inject
    Clock clock;

    /** This bean through its proxy, so that {@link #forClosedPeriods} runs in its own transaction from the observer. */
    @Inject
    AdjustmentIssuing self;

    /**
     * Outside the roll-up's transaction, like the SLA alerts: an adjustment that cannot be issued now (the same one
     * issued at the same moment by another server) never undoes the roll-up, and is looked for again on the next one.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void onRollups(@Observes RollupsUpdated updated) {
        try {
            self.forClosedPeriods(updated.organisationId());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "SLA adjustments for organisation " + updated.organisationId() + " wait for the next roll-up",
                    e);
        }
    }

    /** Issues an adjustment for each closed period with a bonus or a credit that has none yet; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forClosedPeriods(Long organisationId) {
        Optional<Organisation> org = organisations.find(TenantScope.all(), organisationId);
        if (org.isEmpty()) {
            return 0;
        }
        int issued = 0;
        for (KpiResultView p : sla.closedWithMoney(org.get())) {
            String key = "term:" + p.term().id() + ":" + p.periodStart();
            if (adjustments.exists(AdjustmentCause.SLA_PERIOD, key)) {
                continue;
            }
            boolean penalty = "PENALTY".equals(p.bonusMalus());
            Money amount = new Money(p.bonusMalusAmount().abs(), Money.currency(p.currency()));
            Message line = Message.of(
                    "adjustment.line.SLA_PERIOD",
                    Message.term("kpi." + p.term().kpi()),
                    p.periodInWords(),
                    Message.kpi(p.term().kpi(), p.value()),
                    Message.kpi(p.term().kpi(), p.term().target()),
                    Message.term("sla.bm." + p.bonusMalus()));
            issue(BillingAdjustment.forSlaPeriod(
                    organisationId,
                    nextNumber(),
                    p.term().id(),
                    p.periodStart(),
                    penalty,
                    amount,
                    line,
                    today(),
                    clock.instant()));
            issued++;
        }
        return issued;
    }

    /**
     * The credit note of a dispute just settled, under the number the settlement gave it, linked to the invoice of the
     * lines it contests (a billing dispute); in the settlement's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settled(
            long organisationId,
            long disputeId,
            String claimNumber,
            String creditNoteNumber,
            Collection<Long> invoiceLineIds,
            Money amount) {
        if (adjustments.exists(AdjustmentCause.DISPUTE_SETTLEMENT, "dispute:" + disputeId)) {
            return;
        }
        Long invoiceId = invoiceLineIds == null || invoiceLineIds.isEmpty()
                ? null
                : invoices.lines(TenantScope.all(), invoiceLineIds).values().stream()
                        .map(InvoiceRepository.LineRow::invoiceId)
                        .findFirst()
                        .orElse(null);
        issue(BillingAdjustment.forSettlement(
                organisationId,
                creditNoteNumber,
                disputeId,
                invoiceId,
                amount,
                Message.of("adjustment.line.DISPUTE_SETTLEMENT", Message.text(claimNumber)),
                today(),
                clock.instant()));
    }

    /** The price incentive of the client's tier on an invoice recorded for the first time; in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onInvoiceRecorded(@Observes InvoiceRecorded recorded) {
        Optional<ClientTier> current = relationships.clientTier(recorded.organisationId());
        if (current.isEmpty()) {
            return;
        }
        Optional<TierDefinition> tier =
                relationships.settings().tier(current.get().tierCode());
        BigDecimal percent = tier.map(TierDefinition::priceIncentivePercent).orElse(BigDecimal.ZERO);
        if (percent.signum() <= 0
                || adjustments.exists(AdjustmentCause.TIER_INCENTIVE, "invoice:" + recorded.invoiceId())) {
            return;
        }
        Invoice invoice = invoices.find(TenantScope.all(), recorded.invoiceId()).orElseThrow();
        if (invoice.total().amount().signum() <= 0) {
            return;
        }
        issue(BillingAdjustment.forTierIncentive(
                recorded.organisationId(),
                nextNumber(),
                invoice.id(),
                tier.get().code(),
                percent,
                invoice.total(),
                Message.of(
                        "adjustment.line.TIER_INCENTIVE",
                        tier.get().nameInText(),
                        Message.count(percent.stripTrailingZeros()),
                        Message.text(invoice.invoiceNumber()),
                        Message.amount(invoice.total())),
                today(),
                clock.instant()));
    }

    private void issue(BillingAdjustment a) {
        adjustments.add(a);
        webhooks.publish(
                a.organisationId(),
                WebhookEventType.BILLING_ADJUSTMENT_ISSUED,
                "adjustment:" + a.id(),
                new WebhookPayloads.Adjustment(
                        a.id(),
                        a.number(),
                        a.cause().name(),
                        a.direction().name(),
                        a.total().amount(),
                        a.total().currency().getCurrencyCode(),
                        a.issuedOn(),
                        a.invoiceId(),
                        a.disputeId()));
        LOG.info(
                () -> "Adjustment " + a.number() + " (" + a.cause() + ") issued to organisation " + a.organisationId());
    }

    private String nextNumber() {
        int year = today().getYear();
        return String.format(Locale.ROOT, "ADJ-%d-%06d", year, adjustments.next(year));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
