package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.AccountAssignmentRepository;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;

/**
 * What a client sees of its relationship (and the 3PL's staff with it): its tier with benefits and progress, its
 * profile summary and its satisfaction day by day. A client caller is given them through {@link ClientDisclosure}.
 */
@ApplicationScoped
@Transactional
public class ClientRelationships {

    @Inject
    RelationshipCallers access;

    @Inject
    RelationshipRepository relationships;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    AccountAssignmentRepository assignments;

    @Inject
    TierStatusReader tiers;

    /** The organisation asked for, or, when none is named, a client caller's own. */
    public Long organisationOrOwn(Long organisationId) {
        return access.organisationOrOwn(organisationId);
    }

    public TierViews.TierStatus tierStatus(Long organisationId) {
        Organisation org = access.visible(organisationId);
        TierViews.TierStatus full = tiers.status(relationships.settings(), org, snapshots.latest(org.id()));
        return access.current().isProvider() ? full : ClientDisclosure.tierStatus(full);
    }

    public ProfileViews.ClientSummary summary(Long organisationId) {
        Organisation org = access.visible(organisationId);
        RelationshipSettings settings = relationships.settings();
        Optional<RelationshipSnapshot> latest = snapshots.latest(org.id());
        TierViews.TierStatus tier = tiers.status(settings, org, latest);
        ProfileViews.CadenceView cadence = tiers.cadence(settings, org, access.today());
        List<String> managers = assignments.ofOrganisation(org.id()).stream()
                .filter(a -> a.manager().isEnabled())
                .map(a -> a.manager().displayName())
                .toList();
        long openSurveys = relationships.surveysOf(org.id()).stream()
                .filter(s -> s.state() == SatisfactionSurvey.State.OPEN)
                .count();
        ProfileViews.ClientSummary full = new ProfileViews.ClientSummary(
                org.id(),
                org.name(),
                tier,
                tiers.relationshipSince(org),
                managers,
                latest.map(s -> s.bonds().stream()
                                .map(ProfileViews.BondView::of)
                                .toList())
                        .orElse(List.of()),
                latest.map(ProfileViews.SatisfactionView::of).orElse(null),
                cadence.lastBusinessReview(),
                cadence.businessReviewDue(),
                openSurveys,
                latest.map(RelationshipSnapshot::asOf).orElse(null));
        return access.current().isProvider() ? full : ClientDisclosure.summary(full);
    }

    /**
     * A client's satisfaction day by day over the last {@code days} days, oldest first: what the client itself may see
     * of its history (survey C, SLA ratio, the combined figure and its level; nothing internal).
     */
    public List<TrendViews.SatisfactionPoint> satisfactionTrend(Long organisationId, int days) {
        Organisation org = access.visible(organisationId);
        return snapshots.history(org.id(), access.trendFrom(days)).stream()
                .map(TrendViews.SatisfactionPoint::of)
                .toList();
    }
}
