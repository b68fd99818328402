package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.ClientLoss;
import org.threepl.portal.domain.model.relationship.LossReason;
import org.threepl.portal.domain.model.relationship.WinBackStep;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;

/**
 * A lost client and its win-back, recorded by its account managers and the ops admins: the loss with its reason and
 * plan, each step of the plan done, and the client won back (each change on the version read).
 */
@ApplicationScoped
@Transactional
public class WinBack {

    @Inject
    RelationshipCallers access;

    @Inject
    RelationshipRepository relationships;

    @Inject
    Clock clock;

    /** Most steps a plan has, and the longest note. */
    public static final int MAX_STEPS = ClientLoss.MAX_STEPS;

    public static final int MAX_NOTE = ClientLoss.MAX_NOTE;

    /** A step of the plan as proposed: what to do and by when. */
    public record Step(String title, LocalDate dueOn) {}

    public record NewLoss(LocalDate lostOn, String reason, String note, List<Step> steps) {}

    /** The reasons a loss is recorded with. */
    public static List<String> reasons() {
        return java.util.Arrays.stream(LossReason.values()).map(Enum::name).toList();
    }

    public record StepView(int position, String title, LocalDate dueOn, boolean done, String doneBy, Instant doneAt) {
        static StepView of(int position, WinBackStep s) {
            return new StepView(
                    position,
                    s.title(),
                    s.dueOn(),
                    s.isDone(),
                    s.doneBy() == null ? null : s.doneBy().name(),
                    s.doneAt());
        }
    }

    /** A client's latest loss; {@code state} LOST or RECOVERED. */
    public record LossView(
            Long id,
            Long organisationId,
            LocalDate lostOn,
            String reason,
            String note,
            String state,
            LocalDate recoveredOn,
            List<StepView> steps,
            String recordedBy,
            Instant recordedAt,
            int version) {
        static LossView of(ClientLoss l) {
            List<WinBackStep> steps = l.steps();
            return new LossView(
                    l.id(),
                    l.organisationId(),
                    l.lostOn(),
                    l.reason().name(),
                    l.note(),
                    l.state().name(),
                    l.recoveredOn(),
                    java.util.stream.IntStream.range(0, steps.size())
                            .mapToObj(i -> StepView.of(i, steps.get(i)))
                            .toList(),
                    l.recordedBy().name(),
                    l.recordedAt(),
                    l.version());
        }

        public boolean open() {
            return ClientLoss.State.LOST.name().equals(state);
        }
    }

    /** The client's latest loss; not found when it was never lost. */
    public LossView loss(Long organisationId) {
        return lossIfAny(organisationId)
                .orElseThrow(
                        () -> new NotFoundException("Organisation " + organisationId + " was never recorded as lost"));
    }

    /** The client's latest loss, if any (for pages that show the form to record one otherwise). */
    public java.util.Optional<LossView> lossIfAny(Long organisationId) {
        Organisation org = access.internal(organisationId);
        return relationships.latestLoss(org.id()).map(LossView::of);
    }

    /** Records the client as lost with a win-back plan; refused while a loss is open. */
    public LossView recordLoss(Long organisationId, NewLoss cmd) {
        Organisation org = access.internal(organisationId);
        Caller caller = access.requireManager();
        relationships
                .latestLoss(org.id())
                .filter(l -> l.state() == ClientLoss.State.LOST)
                .ifPresent(l -> {
                    throw new DomainRuleViolation(
                            "state",
                            "rule.loss.alreadyLost",
                            "{0} is recorded as lost since {1}",
                            org.name(),
                            l.lostOn());
                });
        ClientLoss loss = new ClientLoss(
                org.id(),
                cmd.lostOn(),
                cmd.reason() == null ? null : Enums.parse(LossReason.class, "reason", cmd.reason()),
                cmd.note(),
                cmd.steps() == null
                        ? null
                        : cmd.steps().stream()
                                .map(s -> new ClientLoss.PlannedStep(s.title(), s.dueOn()))
                                .toList(),
                access.today(),
                caller.actor(),
                clock.instant());
        relationships.add(loss);
        relationships.flush();
        return LossView.of(loss);
    }

    /** Marks step {@code position} (from 0) of the open plan done, on the version read. */
    public LossView stepDone(Long organisationId, int position, int expectedVersion) {
        Organisation org = access.internal(organisationId);
        Caller caller = access.requireManager();
        ClientLoss loss = current(org, expectedVersion);
        loss.stepDone(position, caller.actor(), clock.instant());
        relationships.flush();
        return LossView.of(loss);
    }

    /** The client came back on {@code on}, on the version read. */
    public LossView recovered(Long organisationId, LocalDate on, int expectedVersion) {
        Organisation org = access.internal(organisationId);
        Caller caller = access.requireManager();
        ClientLoss loss = current(org, expectedVersion);
        loss.recovered(on, access.today(), caller.actor(), clock.instant());
        relationships.flush();
        return LossView.of(loss);
    }

    private ClientLoss latest(Organisation org) {
        return relationships
                .latestLoss(org.id())
                .orElseThrow(() -> new NotFoundException(org.name() + " was never recorded as lost"));
    }

    private ClientLoss current(Organisation org, int expectedVersion) {
        ClientLoss loss = latest(org);
        if (loss.version() != expectedVersion) {
            throw new ConcurrentChangeException("The loss of " + org.name());
        }
        return loss;
    }
}
