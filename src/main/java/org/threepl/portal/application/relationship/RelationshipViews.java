package org.threepl.portal.application.relationship;

import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.Proxy;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;
import org.threepl.portal.domain.model.relationship.SurveyAnswer;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierHistoryEntry;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.relationship.TierRules;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.Message;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The read models of relationship management, for the API and the portal pages alike: plain records,
 * detached from JPA. Client-facing ones ({@link TierStatus}, {@link ClientSummary}, {@link SurveyView})
 * hold nothing internal; the others are for the 3PL's staff only.
 */
public final class RelationshipViews {

    private RelationshipViews() {
    }

    // --- tiers (clients and staff) ---

    public record Benefits(boolean dedicatedAccountManager, int businessReviewEveryDays, int contactEveryDays, int disputePriority,
                           boolean customReports, BigDecimal priceIncentivePercent) {
        static Benefits of(TierDefinition t) {
            return new Benefits(t.dedicatedAccountManager(), t.reviewCadenceDays(), t.contactCadenceDays(), t.disputePriority(), t.customReports(),
                    t.priceIncentivePercent());
        }

        /** In words, for messages. */
        public String describe() {
            List<String> b = new java.util.ArrayList<>();
            if (dedicatedAccountManager) {
                b.add("a dedicated account manager");
            }
            b.add("a business review every " + businessReviewEveryDays + " days");
            b.add("a contact at least every " + contactEveryDays + " days");
            if (disputePriority > 0) {
                b.add("priority " + disputePriority + " in the dispute queue");
            }
            if (customReports) {
                b.add("custom reports");
            }
            if (priceIncentivePercent.signum() > 0) {
                b.add("a price incentive of " + priceIncentivePercent.stripTrailingZeros().toPlainString() + " %");
            }
            return String.join(", ", b);
        }
    }

    /** A tier's entry rule: which one, and in words. */
    public record EntryRule(String rule, String text) {
    }

    /** A tier with its benefits and its entry rules ({@code entryRules} in words, {@code rules} with their kind). */
    public record TierView(String code, String name, int rank, Benefits benefits, List<String> entryRules, List<EntryRule> rules) {
        static TierView of(TierDefinition t) {
            List<EntryRule> rules = new java.util.ArrayList<>();
            if (t.minSegment() != null) {
                rules.add(new EntryRule(TierRules.Rule.SEGMENT.name(), "value segment " + t.minSegment() + " or better"));
            }
            if (t.minSwitchingCost() != null) {
                rules.add(new EntryRule(TierRules.Rule.SWITCHING_COST.name(), "partnership depth (switching-cost index) at least "
                        + t.minSwitchingCost().stripTrailingZeros().toPlainString()));
            }
            if (t.minBonds() != null) {
                rules.add(new EntryRule(TierRules.Rule.BONDS.name(), "at least " + t.minBonds() + " retention bonds in place"));
            }
            if (t.structuralBondRequired()) {
                rules.add(new EntryRule(TierRules.Rule.STRUCTURAL_BOND.name(),
                        "a structural bond (integration, custom processes or dedicated assets)"));
            }
            if (t.minSlaPerformance() != null) {
                rules.add(new EntryRule(TierRules.Rule.SLA_PERFORMANCE.name(), "SLA performance ratio at least "
                        + t.minSlaPerformance().stripTrailingZeros().toPlainString()));
            }
            if (t.minSatisfaction() != null) {
                rules.add(new EntryRule(TierRules.Rule.SATISFACTION.name(), "satisfaction at least "
                        + t.minSatisfaction().stripTrailingZeros().toPlainString()));
            }
            return new TierView(t.code(), t.name(), t.rank(), Benefits.of(t), rules.stream().map(EntryRule::text).toList(), List.copyOf(rules));
        }

        /** This tier with only the entry rules {@code shown} keeps. */
        TierView keeping(java.util.function.Predicate<String> shown) {
            List<EntryRule> kept = rules.stream().filter(r -> shown.test(r.rule())).toList();
            return new TierView(code, name, rank, benefits, kept.stream().map(EntryRule::text).toList(), kept);
        }
    }

    public record RuleCheck(String rule, String required, String actual, boolean passed, BigDecimal gap) {
        static RuleCheck of(TierRules.Check c) {
            return new RuleCheck(c.rule().name(), c.required(), c.actual(), c.passed(), c.gap());
        }
    }

    /** A tier's rules checked against the client: eligible when all pass; {@code passed} of {@code total} is the progress. */
    public record TierProgress(TierView tier, boolean eligible, int passed, int total, List<RuleCheck> checks) {
        static TierProgress of(TierDefinition t, TierRules.Evaluation e) {
            return new TierProgress(TierView.of(t), e.eligible(), (int) e.passed(), e.checks().size(),
                    e.checks().stream().map(RuleCheck::of).toList());
        }

        /** The progress over the rules {@code shown} keeps (eligibility stays that of every rule). */
        TierProgress keeping(java.util.function.Predicate<String> shown) {
            List<RuleCheck> kept = checks.stream().filter(c -> shown.test(c.rule())).toList();
            return new TierProgress(tier.keeping(shown), eligible, (int) kept.stream().filter(RuleCheck::passed).count(), kept.size(), kept);
        }
    }

    /**
     * What a client sees of its tier: the tier and its benefits since when, the progress towards the next
     * one (null at the top, or before the first computation), every tier's benefits, and how fresh the
     * figures are.
     */
    public record TierStatus(Long organisationId, String organisationName, TierView tier, Instant since, TierProgress next, List<TierView> tiers,
                             LocalDate figuresAsOf) {
    }

    // --- the client's profile summary ---

    public record BondView(String bond, String type, boolean inPlace, Message evidence) {
        static BondView of(RelationshipSnapshot.BondLine b) {
            return new BondView(b.bond().name(), b.bond().type().name(), b.inPlace(), b.evidence());
        }
    }

    public record SatisfactionView(BigDecimal surveyC, BigDecimal slaRatio, BigDecimal combined, String level, Message formula) {
        static SatisfactionView of(RelationshipSnapshot s) {
            return new SatisfactionView(s.surveyC(), s.slaRatio(), s.satisfaction(), s.satisfactionLevel() == null ? null : s.satisfactionLevel().name(),
                    s.satisfactionFormula());
        }
    }

    /** What a client sees of its relationship: its tier, the bonds in place, its satisfaction, its account managers and reviews. */
    public record ClientSummary(Long organisationId, String organisationName, TierStatus tier, LocalDate relationshipSince,
                                List<String> accountManagers, List<BondView> bonds, SatisfactionView satisfaction, LocalDate lastBusinessReview,
                                LocalDate nextBusinessReviewDue, long openSurveys, LocalDate figuresAsOf) {
    }

    // --- the staff's profile ---

    public record ContributionView(String proxy, String description, String unit, BigDecimal rawValue, BigDecimal scaled, BigDecimal weight,
                                   BigDecimal points, Message scale, boolean measured) {
        static ContributionView of(RelationshipSnapshot.Contribution c) {
            Proxy p = Proxy.valueOf(c.part());
            return new ContributionView(p.name(), p.description(), p.unit().name(), c.rawValue(), c.scaled(), c.weight(), c.points(), c.note(),
                    c.rawValue() != null);
        }
    }

    public record FacetView(String facet, String group, BigDecimal score, List<ContributionView> contributions) {
    }

    public record ShareView(String part, BigDecimal score, BigDecimal weight, BigDecimal points) {
        static ShareView of(RelationshipSnapshot.Contribution c) {
            return new ShareView(c.part(), c.scaled(), c.weight(), c.points());
        }
    }

    public record GroupView(String group, BigDecimal score, List<ShareView> facets) {

        /** A facet's share in this group (its weight and the points it brings); null if the group has no such facet. */
        public ShareView share(String facet) {
            return facets.stream().filter(s -> s.part().equals(facet)).findFirst().orElse(null);
        }
    }

    /** The switching-cost index and every score below it, each with the contributions that explain it. */
    public record SwitchingCostView(BigDecimal index, List<ShareView> groupsInIndex, List<GroupView> groups, List<FacetView> facets) {

        /**
         * The proxy that brings the most to the index (the headline's reason): its points in its facet times
         * the facet's share of its group's weights times the group's share of the index's weights.
         */
        /** A group's share in the index (its weight and the points it brings); null if the index has no such group. */
        public ShareView share(String group) {
            return groupsInIndex.stream().filter(s -> s.part().equals(group)).findFirst().orElse(null);
        }

        public java.util.Optional<ContributionView> strongest() {
            BigDecimal groupWeights = weights(groupsInIndex);
            ContributionView best = null;
            BigDecimal bestPoints = BigDecimal.ZERO;
            for (GroupView g : groups) {
                ShareView inIndex = share(g.group());
                BigDecimal facetWeights = weights(g.facets());
                if (inIndex == null || groupWeights.signum() == 0 || facetWeights.signum() == 0) {
                    continue;
                }
                for (FacetView f : facets) {
                    ShareView inGroup = f.group().equals(g.group()) ? g.share(f.facet()) : null;
                    if (inGroup == null) {
                        continue;
                    }
                    BigDecimal share = inGroup.weight().multiply(inIndex.weight()).divide(facetWeights.multiply(groupWeights), 10,
                            java.math.RoundingMode.HALF_EVEN);
                    for (ContributionView c : f.contributions()) {
                        BigDecimal p = c.points().multiply(share);
                        if (p.compareTo(bestPoints) > 0) {
                            bestPoints = p;
                            best = c;
                        }
                    }
                }
            }
            return java.util.Optional.ofNullable(best);
        }

        private static BigDecimal weights(List<ShareView> shares) {
            return shares.stream().map(ShareView::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record ValueView(String basis, BigDecimal value, BigDecimal revenue, BigDecimal margin, String currency, String source, Message explanation,
                            String segment, int rank, int clients) {
    }

    public record LifetimeValueView(BigDecimal value, BigDecimal marginPerMonth, BigDecimal expectedRemainingMonths, BigDecimal annualChurnRate,
                                    String currency, Message formula) {
    }

    public record SignalView(String signal, boolean fired, Long recent, Long previous, int points, Message detail) {
        static SignalView of(RelationshipSnapshot.SignalLine s) {
            return new SignalView(s.signal().name(), s.fired(), s.recent(), s.previous(), s.points(), s.detail());
        }
    }

    public record LifecycleView(String stage, int churnRisk, String riskLevel, Message reason, List<SignalView> signals) {
    }

    public record CadenceView(LocalDate lastContact, LocalDate lastBusinessReview, LocalDate contactDue, LocalDate businessReviewDue,
                              boolean met) {
    }

    /** The recommendation, with every tier's rules checked (lowest rank first). */
    public record RecommendationView(String recommendedTier, String currentTier, List<TierProgress> tiers) {
    }

    /** Everything about one client, for its account managers and the ops admins. */
    public record Profile(Long organisationId, String organisationName, LocalDate asOf, Instant computedAt, SwitchingCostView switchingCost,
                          ValueView value, LifetimeValueView lifetimeValue, SatisfactionView satisfaction, LifecycleView lifecycle,
                          List<BondView> bonds, TierStatus tier, RecommendationView recommendation, ProposalView openProposal,
                          CadenceView cadence, FactsView facts) {
    }

    /** One client in the portfolio (its latest figures). */
    public record PortfolioEntry(Long organisationId, String name, String segment, String tier, String recommendedTier, BigDecimal switchingCost,
                                 BigDecimal procedural, BigDecimal financial, BigDecimal relational, int churnRisk, String riskLevel, String stage,
                                 BigDecimal satisfaction, String satisfactionLevel, BigDecimal value, BigDecimal lifetimeValue, String currency,
                                 LocalDate asOf) {
        static PortfolioEntry of(RelationshipSnapshot s, String name, String tier) {
            return new PortfolioEntry(s.organisationId(), name, s.segment().name(), tier, s.recommendedTier(), s.switchingCost(),
                    s.group(org.threepl.portal.domain.model.relationship.SwitchingCostGroup.PROCEDURAL),
                    s.group(org.threepl.portal.domain.model.relationship.SwitchingCostGroup.FINANCIAL),
                    s.group(org.threepl.portal.domain.model.relationship.SwitchingCostGroup.RELATIONAL), s.churnRisk(), s.riskLevel().name(),
                    s.stage().name(), s.satisfaction(), s.satisfactionLevel() == null ? null : s.satisfactionLevel().name(), s.valueAmount(), s.clv(),
                    s.reportingCurrency(), s.asOf());
        }
    }

    /** Clients per value segment (rows, best first) and tier (columns, lowest first). */
    public record PortfolioMatrix(List<String> segments, List<String> tiers, List<Cell> cells, long clients) {
        public record Cell(String segment, String tier, long count) {
        }

        public long count(String segment, String tier) {
            return cells.stream().filter(c -> c.segment().equals(segment) && c.tier().equals(tier)).mapToLong(Cell::count).sum();
        }
    }

    /** One day of a client's history. */
    public record TrendPoint(LocalDate asOf, BigDecimal switchingCost, BigDecimal procedural, BigDecimal financial, BigDecimal relational,
                             BigDecimal satisfaction, BigDecimal surveyC, BigDecimal slaRatio, int churnRisk, String stage, String segment,
                             BigDecimal value, BigDecimal lifetimeValue, String recommendedTier) {
        static TrendPoint of(RelationshipSnapshot s) {
            return new TrendPoint(s.asOf(), s.switchingCost(), s.group(org.threepl.portal.domain.model.relationship.SwitchingCostGroup.PROCEDURAL),
                    s.group(org.threepl.portal.domain.model.relationship.SwitchingCostGroup.FINANCIAL),
                    s.group(org.threepl.portal.domain.model.relationship.SwitchingCostGroup.RELATIONAL), s.satisfaction(), s.surveyC(), s.slaRatio(),
                    s.churnRisk(), s.stage().name(), s.segment().name(), s.valueAmount(), s.clv(), s.recommendedTier());
        }
    }

    /** One day of a client's satisfaction, as the client may see it. */
    public record SatisfactionPoint(LocalDate asOf, BigDecimal surveyC, BigDecimal slaRatio, BigDecimal combined, String level) {
        static SatisfactionPoint of(RelationshipSnapshot s) {
            return new SatisfactionPoint(s.asOf(), s.surveyC(), s.slaRatio(), s.satisfaction(),
                    s.satisfactionLevel() == null ? null : s.satisfactionLevel().name());
        }
    }

    // --- records ---

    // who acted: the name it had (recordedBy, …) and, to tell a person from an API key, its kind (recordedByKind, …:
    // USER, CREDENTIAL, SYSTEM or LEGACY)

    public record ContactView(Long id, Long organisationId, String kind, LocalDate occurredOn, String contactPerson, String summary, String nextStep,
                              LocalDate nextStepDue, String recordedBy, String recordedByKind, Instant recordedAt) {
        static ContactView of(ContactLogEntry e) {
            return new ContactView(e.id(), e.organisationId(), e.kind().name(), e.occurredOn(), e.contactPerson(), e.summary(), e.nextStep(),
                    e.nextStepDue(), e.recordedBy().name(), e.recordedBy().kind().name(), e.recordedAt());
        }
    }

    /** Recorded facts; {@code version} is -1 while nothing has been recorded (send If-Match "-1" to record the first). */
    public record FactsView(Long organisationId, BigDecimal exitFee, String exitFeeCurrency, String dedicatedAssets, BigDecimal dedicatedAssetsValue,
                            String dedicatedAssetsCurrency, BigDecimal volumeDiscountPercent, String internalNote, String recordedBy,
                            String recordedByKind, Instant recordedAt, int version) {
        static FactsView of(Long organisationId, RelationshipFacts f) {
            if (f == null) {
                return new FactsView(organisationId, null, null, null, null, null, null, null, null, null, null, -1);
            }
            return new FactsView(organisationId, f.exitFee() == null ? null : f.exitFee().amount(),
                    f.exitFee() == null ? null : f.exitFee().currency().getCurrencyCode(), f.dedicatedAssets(),
                    f.dedicatedAssetsValue() == null ? null : f.dedicatedAssetsValue().amount(),
                    f.dedicatedAssetsValue() == null ? null : f.dedicatedAssetsValue().currency().getCurrencyCode(), f.volumeDiscountPercent(),
                    f.internalNote(), f.recordedBy().name(), f.recordedBy().kind().name(), f.recordedAt(), f.version());
        }
    }

    /**
     * A tier proposal; {@code proposedByKind} and {@code proposedById} are the proposer's identity (a user
     * account's or an API credential's id), so that a page can tell whether the reader proposed it (who
     * alone withdraws it) without comparing names.
     */
    public record ProposalView(Long id, Long organisationId, String organisationName, String fromTier, String toTier, String reason,
                               String proposedBy, String proposedByKind, Long proposedById, Instant proposedAt, String state,
                               String decidedBy, String decidedByKind, Instant decidedAt, String decisionReason, int version) {
        static ProposalView of(TierProposal p, String organisationName) {
            Actor decided = p.decidedBy();
            return new ProposalView(p.id(), p.organisationId(), organisationName, p.fromTier(), p.toTier(), p.reason(), p.proposedBy().name(),
                    p.proposedBy().kind().name(), p.proposedBy().id(), p.proposedAt(), p.state().name(),
                    decided == null ? null : decided.name(), decided == null ? null : decided.kind().name(), p.decidedAt(), p.decisionReason(),
                    p.version());
        }
    }

    public record HistoryView(String fromTier, String toTier, Long proposalId, String proposedBy, String proposedByKind, String approvedBy,
                              String approvedByKind, Instant changedAt, String reason) {
        static HistoryView of(TierHistoryEntry h) {
            return new HistoryView(h.fromTier(), h.toTier(), h.proposalId(), h.proposedBy().name(), h.proposedBy().kind().name(),
                    h.approvedBy().name(), h.approvedBy().kind().name(), h.changedAt(), h.reason());
        }
    }

    public record TaskView(Long id, Long organisationId, String kind, Message title, Message detail, LocalDate dueOn, Instant createdAt, String state,
                           String doneBy, String doneByKind, Instant doneAt, String doneNote, int version) {
        static TaskView of(AccountTask t) {
            Actor done = t.doneBy();
            return new TaskView(t.id(), t.organisationId(), t.kind().name(), t.title(), t.detail(), t.dueOn(), t.createdAt(), t.state().name(),
                    done == null ? null : done.name(), done == null ? null : done.kind().name(), t.doneAt(), t.doneNote(), t.version());
        }
    }

    public record AnswerView(String dimension, int expected, int perceived, BigDecimal c) {
        static AnswerView of(SurveyAnswer a) {
            return new AnswerView(a.dimension().name(), a.expected(), a.perceived(), a.c());
        }
    }

    /** A survey as its client and the 3PL see it; {@code dimensions} are what it asks about. */
    public record SurveyView(Long id, Long organisationId, String title, String sentBy, String sentByKind, Instant sentAt, LocalDate dueOn,
                             String state, boolean overdue, List<String> dimensions, List<AnswerView> answers, BigDecimal surveyC, String level,
                             String answeredBy, String answeredByKind, Instant answeredAt, String comment, int version) {
    }
}
