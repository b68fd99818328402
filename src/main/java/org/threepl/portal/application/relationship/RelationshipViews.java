package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.relationship.TierHistoryEntry;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.Message;

/**
 * The records kept about a relationship, for the 3PL's staff only: contacts, facts, tier proposals and the tier
 * history, tasks. The other read models are grouped by what they describe: {@link TierViews}, {@link ProfileViews},
 * {@link SwitchingCostViews}, {@link PortfolioViews}, {@link SurveyViews}.
 */
public final class RelationshipViews {

    private RelationshipViews() {}

    // who acted: the name it had (recordedBy, …) and, to tell a person from an API key, its kind (recordedByKind, …:
    // USER, CREDENTIAL, SYSTEM or LEGACY)

    public record ContactView(
            Long id,
            Long organisationId,
            String kind,
            LocalDate occurredOn,
            String contactPerson,
            String summary,
            String nextStep,
            LocalDate nextStepDue,
            String recordedBy,
            String recordedByKind,
            Instant recordedAt) {
        static ContactView of(ContactLogEntry e) {
            return new ContactView(
                    e.id(),
                    e.organisationId(),
                    e.kind().name(),
                    e.occurredOn(),
                    e.contactPerson(),
                    e.summary(),
                    e.nextStep(),
                    e.nextStepDue(),
                    e.recordedBy().name(),
                    e.recordedBy().kind().name(),
                    e.recordedAt());
        }
    }

    /**
     * Recorded facts; {@code version} is -1 while nothing has been recorded (send If-Match "-1" to record the first).
     */
    public record FactsView(
            Long organisationId,
            BigDecimal exitFee,
            String exitFeeCurrency,
            String dedicatedAssets,
            BigDecimal dedicatedAssetsValue,
            String dedicatedAssetsCurrency,
            BigDecimal volumeDiscountPercent,
            BigDecimal accruedRebates,
            String accruedRebatesCurrency,
            String internalNote,
            String recordedBy,
            String recordedByKind,
            Instant recordedAt,
            int version) {
        static FactsView of(Long organisationId, RelationshipFacts f) {
            if (f == null) {
                return new FactsView(
                        organisationId, null, null, null, null, null, null, null, null, null, null, null, null, -1);
            }
            return new FactsView(
                    organisationId,
                    f.exitFee() == null ? null : f.exitFee().amount(),
                    f.exitFee() == null ? null : f.exitFee().currency().getCurrencyCode(),
                    f.dedicatedAssets(),
                    f.dedicatedAssetsValue() == null
                            ? null
                            : f.dedicatedAssetsValue().amount(),
                    f.dedicatedAssetsValue() == null
                            ? null
                            : f.dedicatedAssetsValue().currency().getCurrencyCode(),
                    f.volumeDiscountPercent(),
                    f.accruedRebates() == null ? null : f.accruedRebates().amount(),
                    f.accruedRebates() == null
                            ? null
                            : f.accruedRebates().currency().getCurrencyCode(),
                    f.internalNote(),
                    f.recordedBy().name(),
                    f.recordedBy().kind().name(),
                    f.recordedAt(),
                    f.version());
        }
    }

    /**
     * A tier proposal; {@code proposedByKind} and {@code proposedById} are the proposer's identity (a user account's or
     * an API credential's id), so that a page can tell whether the reader proposed it (who alone withdraws it) without
     * comparing names.
     */
    public record ProposalView(
            Long id,
            Long organisationId,
            String organisationName,
            String fromTier,
            String toTier,
            String reason,
            String proposedBy,
            String proposedByKind,
            Long proposedById,
            Instant proposedAt,
            String state,
            String decidedBy,
            String decidedByKind,
            Instant decidedAt,
            String decisionReason,
            int version) {
        static ProposalView of(TierProposal p, String organisationName) {
            Actor decided = p.decidedBy();
            return new ProposalView(
                    p.id(),
                    p.organisationId(),
                    organisationName,
                    p.fromTier(),
                    p.toTier(),
                    p.reason(),
                    p.proposedBy().name(),
                    p.proposedBy().kind().name(),
                    p.proposedBy().id(),
                    p.proposedAt(),
                    p.state().name(),
                    decided == null ? null : decided.name(),
                    decided == null ? null : decided.kind().name(),
                    p.decidedAt(),
                    p.decisionReason(),
                    p.version());
        }
    }

    public record HistoryView(
            String fromTier,
            String toTier,
            Long proposalId,
            String proposedBy,
            String proposedByKind,
            String approvedBy,
            String approvedByKind,
            Instant changedAt,
            String reason) {
        static HistoryView of(TierHistoryEntry h) {
            return new HistoryView(
                    h.fromTier(),
                    h.toTier(),
                    h.proposalId(),
                    h.proposedBy().name(),
                    h.proposedBy().kind().name(),
                    h.approvedBy().name(),
                    h.approvedBy().kind().name(),
                    h.changedAt(),
                    h.reason());
        }
    }

    public record TaskView(
            Long id,
            Long organisationId,
            String kind,
            Message title,
            Message detail,
            LocalDate dueOn,
            Instant createdAt,
            String state,
            String doneBy,
            String doneByKind,
            Instant doneAt,
            String doneNote,
            int version) {
        static TaskView of(AccountTask t) {
            Actor done = t.doneBy();
            return new TaskView(
                    t.id(),
                    t.organisationId(),
                    t.kind().name(),
                    t.title(),
                    t.detail(),
                    t.dueOn(),
                    t.createdAt(),
                    t.state().name(),
                    done == null ? null : done.name(),
                    done == null ? null : done.kind().name(),
                    t.doneAt(),
                    t.doneNote(),
                    t.version());
        }
    }
}
