package org.threepl.portal.application.relationship;

import static org.threepl.portal.application.relationship.RelationshipCallers.blank;
import static org.threepl.portal.application.relationship.RelationshipCallers.field;
import static org.threepl.portal.application.relationship.RelationshipCallers.money;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shared.Money;

/**
 * The account manager's records of a client, internal to the 3PL: the contact log (a contact closes the reminders it
 * answers), the recorded facts, and the tasks the computation raises.
 */
@ApplicationScoped
@Transactional
public class AccountRecords {

    @Inject
    RelationshipCallers access;

    @Inject
    RelationshipRepository relationships;

    @Inject
    Clock clock;

    // --- contact log ---

    public record NewContact(
            String kind,
            LocalDate occurredOn,
            String contactPerson,
            String summary,
            String nextStep,
            LocalDate nextStepDue) {}

    public Page<RelationshipViews.ContactView> contacts(Long organisationId, int offset, int limit) {
        Organisation org = access.internal(organisationId);
        return new Page<>(
                relationships.contactsOf(org.id(), PageLimit.offset(offset), PageLimit.clamp(limit)).stream()
                        .map(RelationshipViews.ContactView::of)
                        .toList(),
                relationships.countContactsOf(org.id()));
    }

    /** Logs a contact; a business review closes the open review reminders, any contact the open contact reminders. */
    public RelationshipViews.ContactView logContact(Long organisationId, NewContact cmd) {
        Organisation org = access.internal(organisationId);
        Caller caller = access.requireManager();
        ContactKind kind = Enums.parse(ContactKind.class, "kind", cmd.kind());
        LocalDate today = access.today();
        LocalDate on = cmd.occurredOn() == null ? today : cmd.occurredOn();
        if (on.isAfter(today) || on.isBefore(today.minusYears(2))) {
            throw new DomainRuleViolation(
                    "occurredOn",
                    "rule.contact.occurredOn.range",
                    "A contact is logged once it has happened, within the last two years; not {0}",
                    on);
        }
        if (blank(cmd.summary())) {
            throw new DomainRuleViolation(
                    "summary", "rule.contact.summary.required", "A summary of the contact is required");
        }
        if (cmd.nextStepDue() != null
                && (blank(cmd.nextStep()) || cmd.nextStepDue().isBefore(on))) {
            throw new DomainRuleViolation(
                    "nextStepDue",
                    "rule.contact.nextStepDue",
                    "A due day belongs to a next step, on or after the contact");
        }
        ContactLogEntry e = field(
                "contact",
                () -> new ContactLogEntry(
                        org.id(),
                        kind,
                        on,
                        cmd.contactPerson(),
                        cmd.summary(),
                        cmd.nextStep(),
                        cmd.nextStepDue(),
                        caller.actor(),
                        clock.instant(),
                        today));
        relationships.add(e);
        String note =
                "contact logged: " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " on " + e.occurredOn();
        relationships
                .openTasksOf(org.id(), AccountTask.Kind.CONTACT_DUE)
                .forEach(t -> t.done(caller.actor(), note, clock.instant()));
        if (kind == ContactKind.BUSINESS_REVIEW) {
            relationships
                    .openTasksOf(org.id(), AccountTask.Kind.REVIEW_DUE)
                    .forEach(t -> t.done(caller.actor(), note, clock.instant()));
        }
        return RelationshipViews.ContactView.of(e);
    }

    // --- facts recorded by staff ---

    public record NewFacts(
            BigDecimal exitFee,
            String exitFeeCurrency,
            String dedicatedAssets,
            BigDecimal dedicatedAssetsValue,
            String dedicatedAssetsCurrency,
            BigDecimal volumeDiscountPercent,
            BigDecimal accruedRebates,
            String accruedRebatesCurrency,
            String internalNote) {}

    public RelationshipViews.FactsView facts(Long organisationId) {
        Organisation org = access.internal(organisationId);
        return RelationshipViews.FactsView.of(
                org.id(), relationships.facts(org.id()).orElse(null));
    }

    /** Records the facts as a whole, on the version read (-1 while none are recorded). */
    public RelationshipViews.FactsView recordFacts(Long organisationId, int expectedVersion, NewFacts cmd) {
        Organisation org = access.internal(organisationId);
        Caller caller = access.requireManager();
        Optional<RelationshipFacts> found = relationships.facts(org.id());
        int actual = found.map(RelationshipFacts::version).orElse(-1);
        if (actual != expectedVersion) {
            throw new ConcurrentChangeException("The facts of " + org.name());
        }
        RelationshipFacts facts = found.orElseGet(() -> new RelationshipFacts(org.id()));
        Money exitFee = money("exitFee", cmd.exitFee(), cmd.exitFeeCurrency());
        Money assets = money("dedicatedAssetsValue", cmd.dedicatedAssetsValue(), cmd.dedicatedAssetsCurrency());
        Money rebates = money("accruedRebates", cmd.accruedRebates(), cmd.accruedRebatesCurrency());
        field("facts", () -> {
            facts.record(
                    exitFee,
                    cmd.dedicatedAssets(),
                    assets,
                    cmd.volumeDiscountPercent(),
                    rebates,
                    cmd.internalNote(),
                    caller.actor(),
                    clock.instant());
            return facts;
        });
        if (found.isEmpty()) {
            relationships.add(facts);
        }
        relationships.flush();
        return RelationshipViews.FactsView.of(org.id(), facts);
    }

    // --- tasks ---

    /**
     * Tasks of the caller's clients (of one client if named), open ones by due day first; state OPEN, DONE or null for
     * any.
     */
    public List<RelationshipViews.TaskView> tasks(Long organisationId, String state, int offset, int limit) {
        Caller caller = access.staff();
        if (organisationId != null) {
            access.internal(organisationId);
        }
        AccountTask.State s = Enums.parseOptional(AccountTask.State.class, "state", state);
        return relationships
                .tasks(caller.tenantScope(), organisationId, s, PageLimit.offset(offset), PageLimit.clamp(limit))
                .stream()
                .map(RelationshipViews.TaskView::of)
                .toList();
    }

    public RelationshipViews.TaskView completeTask(Long taskId, int expectedVersion, String note) {
        Caller caller = access.current();
        AccountTask t = relationships
                .task(caller.tenantScope(), taskId)
                .orElseThrow(() -> new NotFoundException("Task " + taskId));
        access.requireManager();
        if (t.version() != expectedVersion) {
            throw new ConcurrentChangeException("Task " + taskId);
        }
        t.done(caller.actor(), note, clock.instant());
        relationships.flush();
        return RelationshipViews.TaskView.of(t);
    }
}
