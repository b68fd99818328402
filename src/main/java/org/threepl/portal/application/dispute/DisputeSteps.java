package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.application.webhook.WebhookPayloads;
import org.threepl.portal.application.webhook.WebhookPublisher;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.dispute.Change;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.DisputeState;
import org.threepl.portal.domain.model.dispute.Side;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.shared.Money;

/**
 * A dispute's steps and how it is seen: one dispute, the queue, the steps each side takes (every step checked against
 * the version the caller saw, and against the ladder level's deciding role) and the record they leave, as data and as
 * files.
 */
@ApplicationScoped
@Transactional
public class DisputeSteps {

    @Inject
    org.threepl.portal.application.adjustment.AdjustmentIssuing adjustments;

    @Inject
    DisputeAccess access;

    @Inject
    DisputeRepository disputes;

    @Inject
    TableWriters writers;

    @Inject
    Notifier notifier;

    @Inject
    WebhookPublisher webhooks;

    @Inject
    Clock clock;

    /** One step: {@code action} (one of {@link DisputeAction#STEPS}) with an amount (offers) or a note (reasons). */
    public record Step(DisputeAction action, BigDecimal amount, String note) {}

    /**
     * One change on the record; {@code actor} the name who acted had then, {@code actorKind} whether that was a person
     * (USER), an API key (CREDENTIAL), the portal's deadline job (SYSTEM) or is not known (LEGACY: written before
     * actors were typed).
     */
    public record RecordLine(
            Instant at,
            String actor,
            String actorKind,
            String side,
            String action,
            String from,
            String to,
            BigDecimal amount,
            int level,
            String note) {}

    public DisputeView get(Long id) {
        Dispute d = access.visible(id);
        return access.view(d, access.caller(), access.today());
    }

    /** The disputes the caller may see: open ones by deadline first (the queue), then the rest. */
    public List<DisputeView> list(Long organisationId, String state, int offset, int limit) {
        Caller caller = access.caller();
        requireVisible(caller, organisationId);
        DisputeState s = parseState(state);
        LocalDate today = access.today();
        List<Dispute> page = disputes.list(
                caller.tenantScope(), organisationId, s, PageLimit.offset(offset), PageLimit.clamp(limit));
        var lines = access.invoices.linesOfDisputes(
                page.stream().map(Dispute::id).toList()); // one query for the page's invoice lines
        var references = access.shipments.referencesOf(
                page.stream().flatMap(d -> d.shipmentIds().stream()).distinct().toList());
        var names = access.organisations.namesOf(
                page.stream().map(Dispute::organisationId).distinct().toList());
        return page.stream()
                .map(d -> DisputeView.of(
                        d,
                        names.get(d.organisationId()),
                        access.procedureOf(d),
                        today,
                        DisputeAccess.sideOf(caller),
                        caller.role(),
                        references,
                        lines.getOrDefault(d.id(), List.of()).stream()
                                .map(InvoiceViews.LineRef::of)
                                .toList()))
                .toList();
    }

    /**
     * How many disputes {@link #list} has for the same organisation and state (the total of the portal's paged list).
     */
    public long count(Long organisationId, String state) {
        Caller caller = access.caller();
        requireVisible(caller, organisationId);
        return disputes.count(caller.tenantScope(), organisationId, parseState(state));
    }

    /** An organisation outside the caller's scope answers like one that does not exist. */
    private static void requireVisible(Caller caller, Long organisationId) {
        if (organisationId != null && !caller.tenantScope().includes(organisationId)) {
            throw new NotFoundException("Organisation " + organisationId);
        }
    }

    /** One step by the caller's side, on the version the caller saw. */
    public DisputeView act(Long id, int expectedVersion, Step step) {
        Caller caller = access.caller();
        Dispute d = access.visible(id);
        if (d.version() != expectedVersion) {
            throw new ConcurrentChangeException("Dispute " + d.claimNumber());
        }
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Working on a dispute needs a key with the WRITE scope");
        Side side = DisputeAccess.sideOf(caller);
        DisputeProcedure procedure = access.procedureOf(d);
        LocalDate today = access.today();
        DisputeAction action = step.action();
        if (action == null) {
            throw new DomainRuleViolation(
                    "action", "rule.dispute.step.required", "A step is required; allowed: {0}", DisputeAction.STEPS);
        }
        d.requireMayDecide(action, side, caller.role(), procedure);
        Change change = switch (action) {
            case ACKNOWLEDGE -> d.acknowledge(side);
            case INVESTIGATE ->
                d.investigate(side, procedure, disputes.attachmentsOf(d.id()).size());
            case OFFER -> d.offer(side, money(step.amount(), d), caller.actor(), clock.instant());
            case ACCEPT_OFFER ->
                d.acceptOffer(
                        side,
                        String.format(
                                Locale.ROOT,
                                "CN-%d-%06d",
                                today.getYear(),
                                disputes.next("CREDIT_NOTE", today.getYear())));
            case REJECT_OFFER -> d.rejectOffer(side);
            case REJECT -> d.reject(side, step.note(), today);
            case CLOSE -> d.close(today);
            case WITHDRAW -> d.withdraw(side, today);
            case ESCALATE -> d.escalate(side, procedure, step.note(), today);
            case REOPEN -> d.reopen(side, procedure, today);
            case FILE, ATTACH ->
                throw new DomainRuleViolation(
                        "action",
                        "rule.dispute.step.notAStep",
                        "{0} is not a step (it has its own request); allowed: {1}",
                        action,
                        DisputeAction.STEPS);
        };
        disputes.add(new DisputeRecord(d, change, caller.actor(), side, clock.instant()));
        if (action == DisputeAction.ACCEPT_OFFER) {
            adjustments.settled(
                    d.organisationId(),
                    d.id(),
                    d.claimNumber(),
                    d.creditNoteNumber(),
                    d.invoiceLineIds(),
                    new Money(d.settledAmount(), d.amountClaimed().currency()));
        }
        disputes.flush(); // the version moves on at the flush: the answer's ETag must be the new one
        tellOtherSide(d, side, change, caller.actor());
        webhooks.disputeStep(
                d.organisationId(),
                new WebhookPayloads.DisputeStep(
                        d.id(),
                        d.claimNumber(),
                        change.action().name(),
                        change.from().name(),
                        change.to().name(),
                        change.level(),
                        side.name(),
                        change.amount(),
                        d.amountClaimed().currency().getCurrencyCode()),
                change.action() == DisputeAction.OFFER);
        return access.view(d, caller, today);
    }

    /** Each step is told to the other side: the client's administrators, or its account managers. */
    private void tellOtherSide(Dispute d, Side side, Change change, Actor actor) {
        var recipients = DisputeAccess.otherSide(notifier, side, d.organisationId());
        Message subject = Message.of(
                "dispute.step.subject",
                Message.text(d.claimNumber()),
                Message.term("dispute.action." + change.action().name()),
                Message.text(actor.describe()));
        Message amount = change.amount() == null
                ? Message.of("empty")
                : Message.of(
                        "dispute.step.amount",
                        Message.amount(
                                change.amount(), d.amountClaimed().currency().getCurrencyCode()));
        Message body = Message.of(
                "dispute.step.body",
                Message.nested(subject),
                Message.nested(amount),
                Message.term("dispute.state.", d.state()),
                Message.day(d.resolveBy()));
        notifier.tell(recipients, subject, body, "/dispute.xhtml?id=" + d.id());
    }

    public List<RecordLine> record(Long id) {
        Dispute d = access.visible(id);
        return disputes.recordOf(d.id()).stream()
                .map(r -> new RecordLine(
                        r.recordedAt(),
                        r.actor().name(),
                        r.actor().kind().name(),
                        r.side() == null ? null : r.side().name(),
                        r.action().name(),
                        r.fromState() == null ? null : r.fromState().name(),
                        r.toState().name(),
                        r.amount(),
                        r.level(),
                        r.note()))
                .toList();
    }

    public static final List<String> RECORD_COLUMNS = List.of(
            "claim_number",
            "at_utc",
            "actor",
            "actor_kind",
            "side",
            "action",
            "from_state",
            "to_state",
            "amount",
            "currency",
            "ladder_level",
            "note");

    /** The bundle keys of the headers of the record's file for people. */
    static final String[] RECORD_PEOPLE_HEADERS = {
        "dispute.when",
        "dispute.by",
        "dispute.side",
        "dispute.step",
        "dispute.state",
        "dispute.amount",
        "dispute.level",
        "disputeRecord.note"
    };

    /**
     * The dispute's record as the file a person downloads from the dispute's page (CSV, Excel): every change, oldest
     * first, as the page's record table shows it, in the reader's language, zone and formats.
     */
    public void writeRecord(Long id, TableWriter.Format format, Formats reader, OutputStream out) throws IOException {
        Dispute d = access.visible(id);
        List<RecordLine> record = record(d.id());
        List<String> levels =
                access.procedureOf(d).ladder().stream().map(l -> l.name()).toList();
        ForPeople people = new ForPeople(reader);
        try (TableWriter table = writers.openForPeople(
                format, out, people.text("dispute.title", d.claimNumber()), people.madeOn(clock.instant()))) {
            table.header(people.headers(RECORD_PEOPLE_HEADERS));
            for (RecordLine r : record) {
                table.row(forPeople(r, d.amountClaimed().currency().getCurrencyCode(), levels, people));
            }
        }
    }

    /** One step of the record as the dispute's page shows it; {@code levels} the procedure's ladder, by position. */
    static Object[] forPeople(RecordLine r, String currency, List<String> levels, ForPeople people) {
        String to = people.term("dispute.state.", r.to());
        String state = r.from() == null ? to : people.term("dispute.state.", r.from()) + " → " + to;
        Object level =
                r.level() >= 0 && r.level() < levels.size() ? levels.get(r.level()) : people.count(r.level() + 1);
        return new Object[] {
            people.moment(r.at()),
            people.actor(r.actorKind(), r.actor()),
            people.term("dispute.side.", r.side()),
            people.term("dispute.action.", r.action()),
            state,
            people.money(r.amount(), currency),
            level,
            r.note()
        };
    }

    /** The dispute's record as a machine file (the API's CSV, Excel, PDF): every change, oldest first. */
    public void writeRecord(Long id, TableWriter.Format format, OutputStream out) throws IOException {
        Dispute d = access.visible(id);
        List<RecordLine> record = record(d.id());
        try (TableWriter table = writers.open(format, out, "Dispute " + d.claimNumber())) {
            table.header(RECORD_COLUMNS);
            for (RecordLine r : record) {
                table.row(new Object[] {
                    d.claimNumber(),
                    r.at(),
                    r.actor(),
                    r.actorKind(),
                    r.side(),
                    r.action(),
                    r.from(),
                    r.to(),
                    r.amount(),
                    r.amount() == null ? null : d.amountClaimed().currency().getCurrencyCode(),
                    r.level() + 1,
                    r.note()
                });
            }
        }
    }

    private static Money money(BigDecimal amount, Dispute d) {
        if (amount == null) {
            throw new DomainRuleViolation("amount", "rule.dispute.offer.amount", "An offer states its amount");
        }
        return new Money(amount, d.amountClaimed().currency());
    }

    /** A state to filter by (any case); null or blank: every state. */
    private static DisputeState parseState(String state) {
        return Enums.parseOptional(DisputeState.class, "state", state);
    }
}
