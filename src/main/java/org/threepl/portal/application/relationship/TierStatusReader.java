package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.ContactCadence;
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.RetentionBonds;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierRules;

/**
 * A client's tier as it stands (the approved one; the lowest for a client without one), the tier rules checked against
 * its latest figures, and the contact and review cadence the tier sets, against the contact log: shared by the client's
 * and the staff's views.
 */
@ApplicationScoped
class TierStatusReader {

    @Inject
    RelationshipRepository relationships;

    TierDefinition currentTier(RelationshipSettings settings, Long organisationId) {
        return relationships
                .clientTier(organisationId)
                .flatMap(t -> settings.tier(t.tierCode()))
                .orElse(settings.lowestTier());
    }

    /**
     * Every tier's rules checked on the snapshot's figures, with the settings in force now; the recommendation keeps
     * the snapshot's tier through a shortfall as the snapshot found it (its start, {@code tierShortSince}).
     */
    /**
     * The recommendation for the client's tier now ({@code liveTier}: an approval since the snapshot counts); a
     * shortfall the snapshot dated belongs to the tier it was taken in, so a changed tier starts without one.
     */
    static TierRules.Recommendation recommendation(
            RelationshipSettings settings, RelationshipSnapshot s, String liveTier) {
        RetentionBonds bonds = new RetentionBonds(s.bonds().stream()
                .map(b -> new RetentionBonds.Status(b.bond(), b.inPlace(), b.evidence()))
                .toList());
        return TierRules.recommend(
                settings.tiers(),
                new TierRules.Standing(
                        s.value().segment(), s.switchingCost().overall(), bonds, s.slaRatio(), s.satisfaction()),
                settings.tierStability(),
                new TierRules.Current(
                        liveTier, liveTier.equals(s.currentTier()) ? s.tierShortSince() : null, s.asOf()));
    }

    TierViews.TierStatus status(
            RelationshipSettings settings, Organisation org, Optional<RelationshipSnapshot> latest) {
        Optional<ClientTier> row = relationships.clientTier(org.id());
        TierDefinition tier = row.flatMap(t -> settings.tier(t.tierCode())).orElse(settings.lowestTier());
        Instant since = row.map(ClientTier::since).orElse(org.createdAt());
        TierViews.TierProgress next = null;
        if (latest.isPresent()) {
            TierRules.Recommendation r = recommendation(settings, latest.get(), tier.code());
            next = r.nextAbove(tier.code())
                    .map(e -> TierViews.TierProgress.of(settings.tier(e.tier()).orElseThrow(), e))
                    .orElse(null);
        }
        return new TierViews.TierStatus(
                org.id(),
                org.name(),
                TierViews.TierView.of(tier),
                since,
                next,
                settings.tiers().stream().map(TierViews.TierView::of).toList(),
                latest.map(RelationshipSnapshot::asOf).orElse(null));
    }

    /**
     * The contact and review cadence of the client's tier on {@code today}: the last contact and review, when the next
     * are due.
     */
    ProfileViews.CadenceView cadence(RelationshipSettings settings, Organisation org, LocalDate today) {
        TierDefinition tier = currentTier(settings, org.id());
        List<ContactLogEntry> recent = relationships.contactsOf(org.id(), 0, 500);
        LocalDate lastContact = recent.stream()
                .map(ContactLogEntry::occurredOn)
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate lastReview = recent.stream()
                .filter(c -> c.kind() == ContactKind.BUSINESS_REVIEW)
                .map(ContactLogEntry::occurredOn)
                .max(LocalDate::compareTo)
                .orElse(null);
        var a = ContactCadence.assess(
                lastContact,
                lastReview,
                relationshipSince(org),
                tier.contactCadenceDays(),
                tier.reviewCadenceDays(),
                today);
        return new ProfileViews.CadenceView(lastContact, lastReview, a.contactDueOn(), a.reviewDueOn(), a.met());
    }

    /** The relationship started with the first contract, or, without one, when the organisation was created. */
    LocalDate relationshipSince(Organisation org) {
        return relationships.firstContractStart(org.id()).orElse(day(org.createdAt()));
    }

    static java.time.LocalDate day(Instant i) {
        return i == null ? null : java.time.LocalDate.ofInstant(i, ZoneOffset.UTC);
    }
}
