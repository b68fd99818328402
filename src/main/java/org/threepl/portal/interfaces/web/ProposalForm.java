package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.util.function.UnaryOperator;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.RelationshipViews;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The tier change being proposed on a client's relationship page ({@code #{b.proposalForm}}, the form {@code propose}).
 */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String toTier;
    private String reason;

    /** The recommended tier is offered first, unless another was chosen already. */
    void suggest(String recommendedTier) {
        if (toTier == null) {
            toTier = recommendedTier;
        }
    }

    /** Proposes the change: true when proposed, false when refused (the message is on the input concerned). */
    boolean submit(PartnershipService partnership, Long org, UnaryOperator<String> tierName) {
        try {
            RelationshipViews.ProposalView p = partnership.propose(org, toTier, reason);
            Faces.info(Faces.text("rel.proposal.sent", tierName.apply(p.toTier())));
            reason = null;
            return true;
        } catch (DomainRuleViolation e) {
            Faces.error("reason".equals(e.field()) ? "propose:reason" : "propose:toTier", Faces.refusal(e));
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        return false;
    }

    public String getToTier() {
        return toTier;
    }

    public void setToTier(String toTier) {
        this.toTier = toTier;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
