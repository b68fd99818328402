package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.ContributionLine;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.SwitchingCostFacet;
import org.threepl.portal.domain.model.relationship.SwitchingCostGroup;
import org.threepl.portal.domain.model.relationship.SwitchingCostScores;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.relationship.ValueFigures;

/**
 * One client's figures for its account managers and the ops admins: the full profile, every score explained, and its
 * trend.
 */
@ApplicationScoped
@Transactional
public class RelationshipProfiles {

    @Inject
    RelationshipCallers access;

    @Inject
    RelationshipRepository relationships;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    TierStatusReader tiers;

    /** Everything about one client, explained; not found before its first computation. */
    public ProfileViews.Profile profile(Long organisationId) {
        Organisation org = access.internal(organisationId);
        RelationshipSettings settings = relationships.settings();
        RelationshipSnapshot s = snapshots
                .latest(org.id())
                .orElseThrow(() -> new NotFoundException("No relationship profile of organisation " + organisationId
                        + " yet: it is computed" + " by the scheduled job, or POST /api/v1/relationship/recompute"));
        ValueFigures v = s.value();
        TierDefinition current = tiers.currentTier(settings, org.id());
        var recommendation = TierStatusReader.recommendation(settings, s, current.code());
        Optional<TierProposal> open = relationships.openProposalOf(org.id());
        return new ProfileViews.Profile(
                org.id(),
                org.name(),
                s.asOf(),
                s.computedAt(),
                switchingCost(s),
                new ProfileViews.ValueView(
                        v.valueBasis().name(),
                        v.valueAmount(),
                        v.revenue(),
                        v.margin(),
                        v.reportingCurrency(),
                        v.valueSource().name(),
                        v.valueNote(),
                        v.segment().name(),
                        v.segmentRank(),
                        v.segmentClients()),
                ProfileViews.LifetimeValueView.of(v),
                ProfileViews.SatisfactionView.of(s),
                ProfileViews.LoyaltyView.of(s),
                new ProfileViews.LifecycleView(
                        s.stage().name(),
                        s.churnRisk(),
                        s.riskLevel().name(),
                        s.stageReason(),
                        s.signals().stream().map(ProfileViews.SignalView::of).toList()),
                s.bonds().stream().map(ProfileViews.BondView::of).toList(),
                tiers.status(settings, org, Optional.of(s)),
                new ProfileViews.RecommendationView(
                        recommendation.tier(),
                        current.code(),
                        recommendation.evaluations().stream()
                                .map(e -> TierViews.TierProgress.of(
                                        settings.tier(e.tier()).orElseThrow(), e))
                                .toList(),
                        recommendation.earned(),
                        recommendation.hold().name(),
                        recommendation.shortSince(),
                        recommendation.downgradeOn(),
                        settings.tierStability().holdMargin()),
                open.map(p -> RelationshipViews.ProposalView.of(p, org.name())).orElse(null),
                tiers.cadence(settings, org, access.today()),
                RelationshipViews.FactsView.of(
                        org.id(), relationships.facts(org.id()).orElse(null)));
    }

    /** The index, its groups and facets, each with the lines of the snapshot's explanation that make it. */
    private static SwitchingCostViews.SwitchingCostView switchingCost(RelationshipSnapshot s) {
        SwitchingCostScores scores = s.switchingCost();
        List<SwitchingCostViews.FacetView> facets = new ArrayList<>();
        List<SwitchingCostViews.GroupView> groups = new ArrayList<>();
        List<ContributionLine> lines = s.contributions();
        for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
            facets.add(new SwitchingCostViews.FacetView(
                    f.name(),
                    f.group().name(),
                    scores.facet(f),
                    lines.stream()
                            .filter(c -> "PROXY".equals(c.level()) && c.target().equals(f.name()))
                            .map(SwitchingCostViews.ContributionView::of)
                            .toList()));
        }
        for (SwitchingCostGroup g : SwitchingCostGroup.values()) {
            groups.add(new SwitchingCostViews.GroupView(
                    g.name(),
                    scores.group(g),
                    lines.stream()
                            .filter(c -> "FACET".equals(c.level()) && c.target().equals(g.name()))
                            .map(SwitchingCostViews.ShareView::of)
                            .toList()));
        }
        List<SwitchingCostViews.ShareView> index = lines.stream()
                .filter(c -> "GROUP".equals(c.level()))
                .map(SwitchingCostViews.ShareView::of)
                .toList();
        return new SwitchingCostViews.SwitchingCostView(scores.overall(), index, groups, facets);
    }

    /** A client's daily snapshots of the last {@code days} days, oldest first (for charts). */
    public List<TrendViews.TrendPoint> trend(Long organisationId, int days) {
        Organisation org = access.internal(organisationId);
        return snapshots.history(org.id(), access.trendFrom(days)).stream()
                .map(TrendViews.TrendPoint::of)
                .toList();
    }
}
