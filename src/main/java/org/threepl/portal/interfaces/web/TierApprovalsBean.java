package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.RelationshipViews;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Ops admins: the tier proposals awaiting a decision, oldest first, each approved or rejected with a reason on the
 * version shown (a proposal changed meanwhile is refused and shown as it is now); and the decisions taken recently.
 */
@Named
@ViewScoped
public class TierApprovalsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DECIDED_SHOWN = 50;

    @Inject
    RelationshipFormat relFmt;

    @Inject
    PartnershipService partnership;

    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient List<RelationshipViews.ProposalView> pending;
    private transient List<RelationshipViews.ProposalView> decided;
    private transient Map<String, String> tierNames;
    /** The decision reason being written, per proposal id. */
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        try {
            refresh();
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    private void refresh() {
        pending = partnership.proposals("PROPOSED", 0, 200);
        decided = partnership.recentlyDecided(DECIDED_SHOWN);
    }

    public void approve(RelationshipViews.ProposalView p) {
        decide(p, "APPROVE");
    }

    public void reject(RelationshipViews.ProposalView p) {
        decide(p, "REJECT");
    }

    private void decide(RelationshipViews.ProposalView p, String action) {
        String row = "decisions:pending:" + getPending().indexOf(p) + ":reason";
        try {
            RelationshipViews.ProposalView d = partnership.decide(p.id(), p.version(), action, reasons.get(p.id()));
            Faces.info(Faces.text(
                    "APPROVE".equals(action) ? "rel.approvals.approved" : "rel.approvals.rejected",
                    d.organisationName(),
                    tierName(d.toTier())));
            reasons.remove(p.id());
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.approvals.changedMeanwhile", p.organisationName()));
        } catch (DomainRuleViolation e) {
            Faces.error("reason".equals(e.field()) ? row : null, Faces.refusal(e));
        } catch (AccessDeniedException | NotFoundException e) {
            Faces.error(Faces.refusal(e));
        }
        refresh();
    }

    public String tierName(String code) {
        if (tierNames == null) {
            tierNames = new HashMap<>();
            partnership.settings().tiers().forEach(t -> tierNames.put(t.code(), t.name()));
        }
        return code == null ? "—" : relFmt.tier(code, tierNames.get(code));
    }

    public List<RelationshipViews.ProposalView> getPending() {
        if (pending == null) {
            pending = partnership.proposals("PROPOSED", 0, 200);
        }
        return pending;
    }

    public List<RelationshipViews.ProposalView> getDecided() {
        if (decided == null) {
            decided = partnership.recentlyDecided(DECIDED_SHOWN);
        }
        return decided;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
