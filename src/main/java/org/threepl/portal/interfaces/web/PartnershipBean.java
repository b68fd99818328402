package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.relationship.ClientRelationships;
import org.threepl.portal.application.relationship.ProfileViews;
import org.threepl.portal.application.relationship.SurveyService;
import org.threepl.portal.application.relationship.SurveyViews;
import org.threepl.portal.application.relationship.TierViews;
import org.threepl.portal.application.relationship.TrendViews;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A client's partnership page ({@code ?org=}; a client's own without it): its tier and benefits, the progress towards
 * the next tier rule by rule, what the relationship gives it (bonds, account managers, business reviews), its
 * satisfaction and trend, and its surveys. Nothing internal: the client's view.
 */
@Named
@ViewScoped
public class PartnershipBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientRelationships relationships;

    @Inject
    SurveyService surveys;

    private Long org;
    /** The organisation shown (the parameter, or the client's own), kept with the view. */
    private Long shown;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient ProfileViews.ClientSummary summary;
    private transient List<SurveyViews.SurveyView> surveyList;
    private transient List<TrendViews.SatisfactionPoint> trend;

    public void load() {
        try {
            Long id = relationships.organisationOrOwn(org);
            shown = id;
            summary = relationships.summary(id);
            surveyList = surveys.surveys(id);
            trend = relationships.satisfactionTrend(id, 365);
        } catch (NotFoundException | DomainRuleViolation e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    /** The share of the next tier's rules already met, 0 to 100, for the progress bar. */
    public int getProgress() {
        TierViews.TierProgress next =
                getSummary() == null ? null : summary.tier().next();
        return next == null || next.total() == 0 ? 100 : 100 * next.passed() / next.total();
    }

    /** The benefits of a tier, one line each, in the reader's language. */
    public List<String> benefits(TierViews.TierView tier) {
        TierViews.Benefits b = tier.benefits();
        List<String> lines = new java.util.ArrayList<>();
        if (b.dedicatedAccountManager()) {
            lines.add(Faces.text("rel.benefit.dedicatedAccountManager"));
        }
        lines.add(Faces.text("rel.benefit.review", b.businessReviewEveryDays()));
        lines.add(Faces.text("rel.benefit.contact", b.contactEveryDays()));
        if (b.disputePriority() > 0) {
            lines.add(Faces.text("rel.benefit.disputePriority", b.disputePriority()));
        }
        if (b.customReports()) {
            lines.add(Faces.text("rel.benefit.customReports"));
        }
        if (b.priceIncentivePercent() != null && b.priceIncentivePercent().signum() > 0) {
            lines.add(Faces.text(
                    "rel.benefit.priceIncentive",
                    b.priceIncentivePercent().stripTrailingZeros().toPlainString()));
        }
        return lines;
    }

    public String getManagers() {
        return getSummary() == null ? "" : String.join(", ", summary.accountManagers());
    }

    public boolean isOpenSurvey() {
        return getSurveys() != null && surveyList.stream().anyMatch(s -> "OPEN".equals(s.state()));
    }

    /**
     * The client's satisfaction day by day: the combined figure, survey C and SLA ratio, with 1 (expectations met) for
     * reference.
     */
    public String getTrendChart() {
        List<String> labels = getTrend().stream().map(p -> p.asOf().toString()).toList();
        List<BigDecimal> one = trend.stream().map(p -> BigDecimal.ONE).toList();
        return ChartJson.line(
                labels,
                List.of(
                        ChartJson.Series.of(
                                Faces.text("rel.satisfaction.combined"),
                                trend.stream()
                                        .map(TrendViews.SatisfactionPoint::combined)
                                        .toList(),
                                "#2f6f9f"),
                        ChartJson.Series.of(
                                Faces.text("rel.satisfaction.surveyC"),
                                trend.stream()
                                        .map(TrendViews.SatisfactionPoint::surveyC)
                                        .toList(),
                                "#7c3aed"),
                        ChartJson.Series.of(
                                Faces.text("rel.satisfaction.slaRatio"),
                                trend.stream()
                                        .map(TrendViews.SatisfactionPoint::slaRatio)
                                        .toList(),
                                "#2e7d32"),
                        new ChartJson.Series(Faces.text("rel.satisfaction.expectationsMet"), one, "#9e9e9e", true)),
                0,
                null);
    }

    public boolean isTrendShown() {
        return getTrend() != null && trend.stream().anyMatch(p -> p.combined() != null);
    }

    public ProfileViews.ClientSummary getSummary() {
        if (summary == null && shown != null) {
            summary = relationships.summary(shown);
        }
        return summary;
    }

    public List<SurveyViews.SurveyView> getSurveys() {
        if (surveyList == null && shown != null) {
            surveyList = surveys.surveys(shown);
        }
        return surveyList;
    }

    public List<TrendViews.SatisfactionPoint> getTrend() {
        if (trend == null && shown != null) {
            trend = relationships.satisfactionTrend(shown, 365);
        }
        return trend;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }
}
