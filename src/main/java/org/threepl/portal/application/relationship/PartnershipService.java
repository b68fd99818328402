package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.UserAccountRepository;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.application.webhook.WebhookPayloads;
import org.threepl.portal.application.webhook.WebhookPublisher;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierHistoryEntry;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.webhook.WebhookEventType;

/**
 * Partnership tiers: an account manager proposes a change of a client's tier with a reason; an ops admin (not the
 * proposer) approves or rejects it with a reason; the proposer may withdraw it. Each step checks the version the caller
 * read. An approval changes the client's tier (and so its benefits: dispute-queue priority, review cadence, price
 * incentive) and writes the tier history. Also the settings of relationship management as the staff read them (in the
 * API's document; {@link RelationshipSettingsService} changes them).
 */
@ApplicationScoped
@Transactional
public class PartnershipService {

    @Inject
    WebhookPublisher webhooks;

    @Inject
    CallerContext callers;

    @Inject
    RelationshipRepository relationships;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository users;

    @Inject
    TierStatusReader tiers;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Inject
    org.threepl.portal.application.ApiCredentialRepository credentials;

    @Inject
    org.threepl.portal.application.SecurityLog securityLog;

    // --- proposals ---

    public List<RelationshipViews.ProposalView> proposalsOf(Long organisationId) {
        Organisation org = internal(organisationId);
        return relationships.proposalsOf(org.id()).stream()
                .map(p -> RelationshipViews.ProposalView.of(p, org.name()))
                .toList();
    }

    /** The proposals of the caller's clients in a state (PROPOSED: the approval queue; null: all), oldest first. */
    public List<RelationshipViews.ProposalView> proposals(String state, int offset, int limit) {
        Caller caller = callers.current();
        AccessPolicy.require(
                RelationshipAccess.maySeeInternals(caller), "Tier proposals are the 3PL's internal records");
        TierProposal.State s = Enums.parseOptional(TierProposal.State.class, "state", state);
        return views(
                caller,
                relationships.proposals(caller.tenantScope(), s, PageLimit.offset(offset), PageLimit.clamp(limit)));
    }

    /** The latest decisions on the caller's clients' proposals, the latest first (the approvals page's history). */
    public List<RelationshipViews.ProposalView> recentlyDecided(int limit) {
        Caller caller = callers.current();
        AccessPolicy.require(
                RelationshipAccess.maySeeInternals(caller), "Tier proposals are the 3PL's internal records");
        return views(caller, relationships.recentlyDecided(caller.tenantScope(), PageLimit.clamp(limit)));
    }

    private List<RelationshipViews.ProposalView> views(Caller caller, List<TierProposal> proposals) {
        Map<Long, String> names = new java.util.HashMap<>();
        return proposals.stream()
                .map(p -> RelationshipViews.ProposalView.of(
                        p,
                        names.computeIfAbsent(
                                p.organisationId(),
                                id -> organisations
                                        .find(caller.tenantScope(), id)
                                        .map(Organisation::name)
                                        .orElse(null))))
                .toList();
    }

    public RelationshipViews.ProposalView proposal(Long id) {
        TierProposal p = find(id);
        return view(p);
    }

    /** Proposes a new tier for a client: one open proposal per client at a time. */
    public RelationshipViews.ProposalView propose(Long organisationId, String toTier, String reason) {
        Organisation org = internal(organisationId);
        Caller caller = manager();
        RelationshipSettings settings = relationships.settings();
        String code = toTier == null ? null : toTier.trim().toUpperCase(Locale.ROOT);
        if (code == null || settings.tier(code).isEmpty()) {
            throw new DomainRuleViolation(
                    "toTier",
                    "rule.relationship.tier.unknown",
                    "Unknown tier '{0}'; configured: {1}",
                    toTier,
                    settings.tiers().stream().map(TierDefinition::code).toList());
        }
        relationships.openProposalOf(org.id()).ifPresent(p -> {
            throw new DomainRuleViolation(
                    "toTier",
                    "rule.tierProposal.stillOpen",
                    "A proposal for {0} (to {1}, by {2}) is still open: it is decided or withdrawn first",
                    org.name(),
                    p.toTier(),
                    p.proposedBy().describe());
        });
        TierProposal p = new TierProposal(
                org.id(), tiers.currentTier(settings, org.id()).code(), code, reason, caller.actor(), clock.instant());
        relationships.add(p);
        notifier.tell(
                users.listByRole(Role.OPS_ADMIN).stream()
                        .filter(UserAccount::isEnabled)
                        .toList(),
                Message.of(
                        "tier.proposed.subject",
                        Message.text(org.name()),
                        Message.text(caller.actor().describe()),
                        tierName(settings, code)),
                Message.of(
                        "tier.proposed.body",
                        tierName(settings, p.fromTier()),
                        tierName(settings, p.toTier()),
                        Message.text(p.reason())),
                RelationshipLinks.approvals());
        return RelationshipViews.ProposalView.of(p, org.name());
    }

    /**
     * APPROVE or REJECT (ops admins, not the proposer, with a reason) or WITHDRAW (the proposer), on the version read.
     */
    public RelationshipViews.ProposalView decide(Long id, int expectedVersion, String action, String reason) {
        Caller caller = callers.current();
        TierProposal p = find(id);
        if (p.version() != expectedVersion) {
            throw new ConcurrentChangeException("Tier proposal " + id);
        }
        String a = action == null ? "" : action.trim().toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        Organisation org =
                organisations.find(caller.tenantScope(), p.organisationId()).orElseThrow();
        if (("APPROVE".equals(a) || "REJECT".equals(a))
                && accountablePerson(caller.actor()).sameAs(accountablePerson(p.proposedBy()))) {
            // four eyes means two people: a key acts for the person who issued it, so nobody decides their own proposal
            // through a key
            securityLog.recordRefusal(
                    caller,
                    SecurityEventType.FOUR_EYES_REFUSED,
                    b -> b.organisation(org.id())
                            .detail("tier proposal " + p.id() + " by "
                                    + p.proposedBy().describe()));
            throw new DomainRuleViolation(
                    "action",
                    "rule.tierProposal.fourEyes.onBehalf",
                    "A proposal is decided by someone other than its proposer: "
                            + "{0} acts for the person who proposed it ({1})",
                    caller.actor().describe(),
                    p.proposedBy().describe());
        }
        switch (a) {
            case "APPROVE" -> {
                AccessPolicy.require(
                        RelationshipAccess.mayDecide(caller), "Only the 3PL's operations admins approve tier changes");
                RelationshipSettings settings = relationships.settings();
                TierDefinition to = settings.tier(p.toTier())
                        .orElseThrow(() -> new DomainRuleViolation(
                                "toTier",
                                "rule.tierProposal.tierGone",
                                "The tier {0} is no longer configured: reject the proposal",
                                p.toTier()));
                ClientTier current = relationships.clientTierForUpdate(org.id()).orElse(null);
                String currentCode = current == null ? settings.lowestTier().code() : current.tierCode();
                if (!currentCode.equals(p.fromTier())) {
                    throw new DomainRuleViolation(
                            "action",
                            "rule.tierProposal.tierChanged",
                            "The client's tier changed to {0} since the proposal (from {1}): "
                                    + "reject it and propose again",
                            currentCode,
                            p.fromTier());
                }
                p.approve(caller.actor(), reason, now);
                if (current == null) {
                    current = new ClientTier(org.id(), settings.lowestTier(), now);
                    relationships.add(current);
                }
                current.change(p, to, now);
                relationships.add(TierHistoryEntry.of(p));
                List<UserAccount> told = new ArrayList<>(notifier.clientAdminsOf(org.id()));
                told.addAll(notifier.accountManagersOf(org.id()));
                notifier.tell(
                        told,
                        Message.of("tier.changed.subject", Message.text(org.name()), Message.text(to.name())),
                        Message.of("tier.changed.body", Message.text(to.name())),
                        RelationshipLinks.tier());
                webhooks.publish(
                        org.id(),
                        WebhookEventType.TIER_CHANGED,
                        "tier:" + org.id(),
                        new WebhookPayloads.Tier(p.fromTier(), p.toTier(), now));
            }
            case "REJECT" -> {
                AccessPolicy.require(
                        RelationshipAccess.mayDecide(caller), "Only the 3PL's operations admins reject tier changes");
                p.reject(caller.actor(), reason, now);
            }
            case "WITHDRAW" -> {
                AccessPolicy.require(RelationshipAccess.mayManage(caller), "Only the proposer withdraws a proposal");
                p.withdraw(caller.actor(), now);
            }
            default ->
                throw new DomainRuleViolation(
                        "action",
                        "rule.tierProposal.action.unknown",
                        "Unknown action '{0}'; allowed: APPROVE, REJECT, WITHDRAW",
                        action);
        }
        relationships.flush();
        if (!"WITHDRAW".equals(a)) {
            securityLog.record(
                    caller,
                    SecurityEventType.TIER_DECIDED,
                    b -> b.organisation(org.id())
                            .aboutName(org.name())
                            .detail(p.state() + " " + p.fromTier() + " -> " + p.toTier() + ", proposed by "
                                    + p.proposedBy().describe()));
        }
        if (!"WITHDRAW".equals(a)) {
            proposer(p)
                    .ifPresent(u -> notifier.tell(
                            List.of(u),
                            Message.of(
                                    "tier.decided.subject",
                                    Message.text(org.name()),
                                    Message.text(p.toTier()),
                                    Message.term("tier.decision.", p.state())),
                            Message.of(
                                    "tier.decided.body",
                                    Message.text(p.decisionReason()),
                                    Message.text(caller.actor().describe())),
                            RelationshipLinks.client(org.id())));
        }
        return RelationshipViews.ProposalView.of(p, org.name());
    }

    private static Message.Arg tierName(RelationshipSettings settings, String code) {
        return settings.tier(code).map(TierDefinition::nameInText).orElse(Message.text(code));
    }

    /** The person answerable for what an actor did: a user is; an API key's is the person who issued it. */
    private Actor accountablePerson(Actor actor) {
        if (actor.isCredential()) {
            return credentials
                    .findById(actor.id())
                    .map(org.threepl.portal.domain.model.account.ApiCredential::createdBy)
                    .orElse(actor);
        }
        return actor;
    }

    /** Every change of the client's tier, newest first. */
    public List<RelationshipViews.HistoryView> history(Long organisationId) {
        Organisation org = internal(organisationId);
        return relationships.historyOf(org.id()).stream()
                .map(RelationshipViews.HistoryView::of)
                .toList();
    }

    // --- settings ---

    public SettingsDocument.Settings settings() {
        AccessPolicy.require(
                RelationshipAccess.maySeeInternals(callers.current()), "The relationship settings are the 3PL's");
        return SettingsConversion.view(relationships.settings());
    }

    // --- helpers ---

    private RelationshipViews.ProposalView view(TierProposal p) {
        String name = organisations
                .find(callers.current().tenantScope(), p.organisationId())
                .map(Organisation::name)
                .orElse(null);
        return RelationshipViews.ProposalView.of(p, name);
    }

    /**
     * The person who proposed, to tell them of the decision: by their account's id, never by a name (a key named like a
     * user is not that user). A key or a proposal older than typed actors has nobody to tell.
     */
    private java.util.Optional<UserAccount> proposer(TierProposal p) {
        return p.proposedBy().isUser() ? users.findById(p.proposedBy().id()) : java.util.Optional.empty();
    }

    private TierProposal find(Long id) {
        Caller caller = callers.current();
        TierProposal p = relationships
                .proposal(caller.tenantScope(), id)
                .orElseThrow(() -> new NotFoundException("Tier proposal " + id));
        AccessPolicy.require(
                RelationshipAccess.maySeeInternals(caller), "Tier proposals are the 3PL's internal records");
        return p;
    }

    private Organisation internal(Long organisationId) {
        Caller caller = callers.current();
        Organisation org = organisations
                .find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        AccessPolicy.require(
                RelationshipAccess.maySeeInternals(caller), "This is the 3PL's internal view of the relationship");
        return org;
    }

    private Caller manager() {
        Caller caller = callers.current();
        AccessPolicy.require(
                RelationshipAccess.mayManage(caller),
                "Tier changes are proposed by the client's account managers" + " (or the 3PL's operations admins)");
        return caller;
    }
}
