package org.threepl.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.PortfolioViews;
import org.threepl.portal.application.relationship.Recomputations;
import org.threepl.portal.application.relationship.RelationshipPortfolio;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The 3PL's portfolio of clients (an account manager's own, all for ops admins): the segment × tier matrix (each cell
 * filters the table), the table paged in the database with filters and order, and charts of the matrix, the churn-risk
 * levels and the switching-cost groups of the clients at the top.
 */
@Named
@ViewScoped
public class PortfolioBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many clients the switching-cost chart shows (the first of the table's order). */
    static final int CHART_CLIENTS = 12;

    static final List<String> SORTS = List.of("RISK", "SWITCHING_COST", "VALUE", "CLV", "NAME");
    static final List<String> RISK_LEVELS = List.of("HIGH", "MEDIUM", "LOW");

    @Inject
    RelationshipFormat relFmt;

    @Inject
    RelationshipPortfolio portfolio;

    @Inject
    Recomputations recomputations;

    @Inject
    PartnershipService partnership;

    private String segment;
    private String tier;
    private String stage;
    private String riskLevel;
    private String sort = "RISK";
    private PagedDataModel<PortfolioViews.PortfolioEntry> model;
    private transient PortfolioViews.PortfolioMatrix matrix;
    private transient PortfolioViews.StrategyMatrix strategyMatrix;
    private transient Map<String, String> tierNames;
    private transient Map<String, Long> riskCounts;
    private transient List<PortfolioViews.PortfolioEntry> top;
    private transient Integer pendingProposals;

    /** Refuses clients (403) before anything is drawn. */
    public void load() {
        try {
            matrix = portfolio.matrix();
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    public PortfolioViews.PortfolioMatrix getMatrix() {
        if (matrix == null) {
            matrix = portfolio.matrix();
        }
        return matrix;
    }

    public PortfolioViews.StrategyMatrix getStrategyMatrix() {
        if (strategyMatrix == null) {
            strategyMatrix = portfolio.strategyMatrix();
        }
        return strategyMatrix;
    }

    /** A matrix cell clicked: the table shows that segment and tier only. */
    public void cell(String segment, String tier) {
        this.segment = segment;
        this.tier = tier;
        this.stage = null;
        this.riskLevel = null;
        search();
    }

    public void search() {
        model = null;
        top = null;
        riskCounts = null;
    }

    public void reset() {
        segment = null;
        tier = null;
        stage = null;
        riskLevel = null;
        sort = "RISK";
        search();
    }

    /** Ops admins: recompute every client now (as the hourly job does). */
    public void recomputeAll() {
        try {
            Recomputations.RecomputeRun run = recomputations.recompute(null);
            if (run.ran()) {
                Faces.info(Faces.text("rel.recomputed.all", run.clients(), run.millis()));
            } else {
                Faces.info(Faces.text("rel.recompute.busy"));
            }
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        matrix = null;
        strategyMatrix = null;
        search();
    }

    private RelationshipPortfolio.PortfolioFilter filter(String riskOverride) {
        return new RelationshipPortfolio.PortfolioFilter(
                segment, tier, stage, riskOverride == null ? riskLevel : riskOverride, sort);
    }

    public PagedDataModel<PortfolioViews.PortfolioEntry> getModel() {
        if (model == null) {
            // the page source is kept with the view: it captures plain strings only
            String seg = segment, t = tier, st = stage, risk = riskLevel, order = sort;
            model = new PagedDataModel<>(
                    (PagedDataModel.PageSource<PortfolioViews.PortfolioEntry>) (offset, limit) -> CDI.current()
                            .select(RelationshipPortfolio.class)
                            .get()
                            .portfolio(
                                    new RelationshipPortfolio.PortfolioFilter(seg, t, st, risk, order), offset, limit),
                    e -> e.organisationId().toString());
        }
        return model;
    }

    /** A tier's name by its code (the codes are what the service filters on). */
    public String tierName(String code) {
        if (code == null) {
            return "—";
        }
        if (tierNames == null) {
            tierNames = new LinkedHashMap<>();
            try {
                partnership.settings().tiers().forEach(t -> tierNames.put(t.code(), t.name()));
            } catch (AccessDeniedException e) {
                // the names are the staff's; the codes will do
            }
        }
        return relFmt.tier(code, tierNames.get(code));
    }

    public List<String> getTiers() {
        return getMatrix().tiers();
    }

    /** Clients under the current filters (except the risk level) per churn-risk level. */
    public Map<String, Long> getRiskCounts() {
        if (riskCounts == null) {
            riskCounts = new LinkedHashMap<>();
            for (String level : RISK_LEVELS) {
                riskCounts.put(level, portfolio.portfolio(filter(level), 0, 1).total());
            }
        }
        return riskCounts;
    }

    private List<PortfolioViews.PortfolioEntry> top() {
        if (top == null) {
            try {
                top = portfolio.portfolio(filter(null), 0, CHART_CLIENTS).items();
            } catch (DomainRuleViolation e) {
                top = List.of();
            }
        }
        return top;
    }

    public boolean isChartsShown() {
        return getMatrix().clients() > 0;
    }

    /** Clients per value segment, stacked by tier. */
    public String getMatrixChart() {
        PortfolioViews.PortfolioMatrix m = getMatrix();
        String[] colours = {"#9e9e9e", "#2f6f9f", "#7c3aed", "#2e7d32", "#ef6c00"};
        List<ChartJson.Series> series = new ArrayList<>();
        for (int i = 0; i < m.tiers().size(); i++) {
            String t = m.tiers().get(i);
            series.add(ChartJson.Series.of(
                    tierName(t), m.segments().stream().map(s -> m.count(s, t)).toList(), colours[i % colours.length]));
        }
        return ChartJson.bar(
                m.segments().stream().map(s -> Faces.text("rel.segment." + s)).toList(), series, true, 0, null);
    }

    /** Clients per churn-risk level. */
    public String getRiskChart() {
        Map<String, Long> counts = getRiskCounts();
        return ChartJson.bar(
                RISK_LEVELS.stream().map(l -> Faces.text("rel.risk." + l)).toList(),
                List.of(ChartJson.Series.of(
                        Faces.text("rel.portfolio.clients"), new ArrayList<>(counts.values()), "#c62828")),
                false,
                0,
                null);
    }

    /** The switching-cost groups of the first clients in the table's order. */
    public String getGroupsChart() {
        List<PortfolioViews.PortfolioEntry> entries = top();
        return ChartJson.bar(
                entries.stream().map(PortfolioViews.PortfolioEntry::name).toList(),
                List.of(
                        ChartJson.Series.of(
                                Faces.text("rel.group.PROCEDURAL"),
                                entries.stream()
                                        .map(PortfolioViews.PortfolioEntry::procedural)
                                        .toList(),
                                "#2f6f9f"),
                        ChartJson.Series.of(
                                Faces.text("rel.group.FINANCIAL"),
                                entries.stream()
                                        .map(PortfolioViews.PortfolioEntry::financial)
                                        .toList(),
                                "#2e7d32"),
                        ChartJson.Series.of(
                                Faces.text("rel.group.RELATIONAL"),
                                entries.stream()
                                        .map(PortfolioViews.PortfolioEntry::relational)
                                        .toList(),
                                "#7c3aed")),
                false,
                0,
                100);
    }

    /** Tier proposals awaiting an ops admin's decision. */
    public int getPendingProposals() {
        if (pendingProposals == null) {
            pendingProposals = partnership.proposals("PROPOSED", 0, 200).size();
        }
        return pendingProposals;
    }

    public List<String> getSegments() {
        return getMatrix().segments();
    }

    public List<String> getStages() {
        return java.util.Arrays.stream(LifecycleStage.values()).map(Enum::name).toList();
    }

    public List<String> getRiskLevels() {
        return RISK_LEVELS;
    }

    public List<String> getSorts() {
        return SORTS;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
