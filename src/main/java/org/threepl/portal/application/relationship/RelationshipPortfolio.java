package org.threepl.portal.application.relationship;

import static org.threepl.portal.application.relationship.RelationshipCallers.blank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.relationship.Lifecycle;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RelationshipStrategy;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.ValueSegment;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;

/**
 * The 3PL's staff's clients at a glance: the portfolio with their latest figures, filtered and sorted, and its matrix.
 */
@ApplicationScoped
@Transactional
public class RelationshipPortfolio {

    @Inject
    RelationshipCallers access;

    @Inject
    RelationshipRepository relationships;

    @Inject
    SnapshotRepository snapshots;

    /**
     * The portfolio's filters and order: segment, tier, stage, risk level (null: any); sort RISK (default),
     * SWITCHING_COST, VALUE, CLV, NAME.
     */
    public record PortfolioFilter(String segment, String tier, String stage, String riskLevel, String sort) {}

    /** The orders of the portfolio (the repository sorts by the name). */
    enum PortfolioSort {
        RISK,
        SWITCHING_COST,
        VALUE,
        CLV,
        NAME
    }

    /** The caller's clients with their latest figures (those computed at least once), a page. */
    public Page<PortfolioViews.PortfolioEntry> portfolio(PortfolioFilter filter, int offset, int limit) {
        Caller caller = access.staff();
        RelationshipSettings settings = relationships.settings();
        PortfolioFilter f = filter == null ? new PortfolioFilter(null, null, null, null, null) : filter;
        String tier = blank(f.tier()) ? null : f.tier().trim().toUpperCase(Locale.ROOT);
        if (tier != null && settings.tier(tier).isEmpty()) {
            throw new DomainRuleViolation(
                    "tier",
                    "rule.relationship.tier.unknown",
                    "Unknown tier '{0}'; configured: {1}",
                    f.tier(),
                    settings.tiers().stream().map(TierDefinition::code).toList());
        }
        String sort = blank(f.sort())
                ? PortfolioSort.RISK.name()
                : Enums.parse(PortfolioSort.class, "sort", f.sort()).name();
        SnapshotRepository.PortfolioQuery q = new SnapshotRepository.PortfolioQuery(
                Enums.parseOptional(ValueSegment.class, "segment", f.segment()),
                tier,
                Enums.parseOptional(LifecycleStage.class, "stage", f.stage()),
                nameOrNull(Enums.parseOptional(Lifecycle.RiskLevel.class, "riskLevel", f.riskLevel())),
                sort);
        String lowest = settings.lowestTier().code();
        List<PortfolioViews.PortfolioEntry> items =
                snapshots
                        .portfolio(caller.tenantScope(), q, lowest, PageLimit.offset(offset), PageLimit.clamp(limit))
                        .stream()
                        .map(r -> PortfolioViews.PortfolioEntry.of(r.snapshot(), r.name(), r.tier()))
                        .toList();
        return new Page<>(items, snapshots.countPortfolio(caller.tenantScope(), q, lowest));
    }

    /** How many of the caller's clients are in each value segment and tier. */
    public PortfolioViews.PortfolioMatrix matrix() {
        Caller caller = access.staff();
        RelationshipSettings settings = relationships.settings();
        List<PortfolioViews.PortfolioMatrix.Cell> cells = new ArrayList<>();
        long total = 0;
        for (Object[] r :
                snapshots.matrix(caller.tenantScope(), settings.lowestTier().code())) {
            long n = ((Number) r[2]).longValue();
            cells.add(new PortfolioViews.PortfolioMatrix.Cell(((ValueSegment) r[0]).name(), (String) r[1], n));
            total += n;
        }
        return new PortfolioViews.PortfolioMatrix(
                Arrays.stream(ValueSegment.values()).map(Enum::name).toList(),
                settings.tiers().stream().map(TierDefinition::code).toList(),
                cells,
                total);
    }

    /** The caller's clients in the quadrants of the strategy matrix (value × depth of the relationship). */
    public PortfolioViews.StrategyMatrix strategyMatrix() {
        Caller caller = access.staff();
        java.util.Map<RelationshipStrategy, Long> counts = new java.util.EnumMap<>(RelationshipStrategy.class);
        for (SnapshotRepository.LevelCount c : snapshots.levels(caller.tenantScope())) {
            counts.merge(RelationshipStrategy.of(c.segment(), c.level()), c.clients(), Long::sum);
        }
        List<PortfolioViews.StrategyMatrix.Quadrant> quadrants = new ArrayList<>();
        // as drawn: the valuable clients first, the shallow relationships before the deep ones
        List<RelationshipStrategy> drawn = Arrays.stream(RelationshipStrategy.values())
                .sorted(java.util.Comparator.comparing((RelationshipStrategy s) -> !s.valuable())
                        .thenComparing(RelationshipStrategy::deep))
                .toList();
        for (RelationshipStrategy s : drawn) {
            quadrants.add(new PortfolioViews.StrategyMatrix.Quadrant(
                    s.name(), s.valuable(), s.deep(), counts.getOrDefault(s, 0L)));
        }
        return new PortfolioViews.StrategyMatrix(
                quadrants, counts.values().stream().mapToLong(Long::longValue).sum());
    }

    private static String nameOrNull(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
