package org.threepl.portal.interfaces.web;

import java.util.List;
import org.threepl.portal.application.relationship.SwitchingCostViews;
import org.threepl.portal.application.relationship.TrendViews;

/** The charts of a client's relationship page, in the reader's language. */
final class RelationshipCharts {

    private RelationshipCharts() {}

    /** The switching-cost index and its three groups day by day, with the churn risk. */
    static String trend(List<TrendViews.TrendPoint> trend) {
        List<String> labels = trend.stream().map(p -> p.asOf().toString()).toList();
        return ChartJson.line(
                labels,
                List.of(
                        ChartJson.Series.of(
                                Faces.text("rel.switchingCost"),
                                trend.stream()
                                        .map(TrendViews.TrendPoint::switchingCost)
                                        .toList(),
                                "#1f2933"),
                        ChartJson.Series.of(
                                Faces.text("rel.group.PROCEDURAL"),
                                trend.stream()
                                        .map(TrendViews.TrendPoint::procedural)
                                        .toList(),
                                "#2f6f9f"),
                        ChartJson.Series.of(
                                Faces.text("rel.group.FINANCIAL"),
                                trend.stream()
                                        .map(TrendViews.TrendPoint::financial)
                                        .toList(),
                                "#2e7d32"),
                        ChartJson.Series.of(
                                Faces.text("rel.group.RELATIONAL"),
                                trend.stream()
                                        .map(TrendViews.TrendPoint::relational)
                                        .toList(),
                                "#7c3aed"),
                        new ChartJson.Series(
                                Faces.text("rel.churnRisk"),
                                trend.stream()
                                        .map(TrendViews.TrendPoint::churnRisk)
                                        .toList(),
                                "#c62828",
                                true)),
                0,
                100);
    }

    /** The groups' scores of the latest figures, for the bar beside the explanation. */
    static String groups(List<SwitchingCostViews.GroupView> groups) {
        return ChartJson.bar(
                groups.stream().map(g -> Faces.text("rel.group." + g.group())).toList(),
                List.of(ChartJson.Series.of(
                        Faces.text("rel.score"),
                        groups.stream().map(SwitchingCostViews.GroupView::score).toList(),
                        "#2f6f9f")),
                false,
                0,
                100);
    }
}
