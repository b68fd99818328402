package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.sla.BreachView;
import org.threepl.portal.application.sla.ClientRisk;
import org.threepl.portal.application.sla.KpiResultView;
import org.threepl.portal.application.sla.LateShipmentView;
import org.threepl.portal.application.sla.SlaBreaches;
import org.threepl.portal.application.sla.SlaDashboard;
import org.threepl.portal.application.sla.SlaDashboards;
import org.threepl.portal.application.sla.SlaOverview;
import org.threepl.portal.application.sla.SlaReports;
import org.threepl.portal.application.sla.SlaTermView;
import org.threepl.portal.application.sla.SlaTerms;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.PeriodResult;

/**
 * The service-level dashboard of one organisation ({@code ?org=}; a client's own without it): KPI tiles with trend, the
 * terms, breaches; and the drill-down to the shipments behind a figure ({@code ?term=&period=}).
 */
@Named
@ViewScoped
public class SlaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    // normal-scoped beans come as serialisable proxies
    @Inject
    org.threepl.portal.application.sla.SlaPeriodDocument periodDocument;

    @Inject
    FormatBean fmt;

    @Inject
    SlaDashboards sla;

    @Inject
    SlaTerms slaTerms;

    @Inject
    SlaBreaches slaBreaches;

    @Inject
    SlaOverview slaOverview;

    @Inject
    SlaReports slaReports;

    @Inject
    org.threepl.portal.application.dispute.DisputeFiling disputes;

    @Inject
    FormatBean formats;

    private Long org;
    /**
     * Which period the tiles show, counted back from the running one: 1, the last closed period, unless the reader
     * picks another.
     */
    private int back = 1;

    private Long term;
    private String period;
    /** The organisation shown (the parameter, or the client's own), kept with the view. */
    private Long shown;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient SlaDashboard dashboard;
    private transient List<SlaTermView> terms;
    private transient List<LateShipmentView> against;
    private transient List<ClientRisk> overview;
    private transient List<BreachView> breaches;
    /** The comment being written, per breach id. */
    private final java.util.Map<Long, String> comments = new java.util.HashMap<>();

    public void load() {
        try {
            Long id = sla.organisationOrOwn(org);
            shown = id;
            dashboard = sla.dashboard(id);
            if (!dashboard.kpis().isEmpty() && dashboard.kpis().get(0).periods().size() < 2) {
                back = 0; // a contract in its first period has nothing closed yet
            }
            terms = slaTerms.terms(id);
            breaches = slaBreaches.breaches(id);
            breaches.forEach(b -> comments.put(b.id(), b.comment()));
        } catch (NotFoundException | DomainRuleViolation e) {
            Faces.sendError(404);
        }
    }

    public void loadShipments() {
        try {
            against = sla.shipmentsAgainst(term, period == null ? null : LocalDate.parse(period));
        } catch (NotFoundException | java.time.DateTimeException | NullPointerException e) {
            Faces.sendError(404);
        }
    }

    /**
     * The account manager's comment on a breach entry; a comment saved meanwhile by someone else is not overwritten.
     */
    public void comment(BreachView breach) {
        try {
            slaBreaches.commentOnBreach(breach.id(), breach.version(), comments.get(breach.id()));
            Faces.info(Faces.text("sla.breach.commented"));
        } catch (DomainRuleViolation e) {
            Faces.error(Faces.refusal(e));
        } catch (org.threepl.portal.application.ConcurrentChangeException e) {
            // in the reader's language; the entries are read again below, with the comment saved meanwhile
            Faces.error(Faces.text("conflict"));
        }
        breaches = slaBreaches.breaches(getDashboard().organisationId());
    }

    /** The client turns a breach into an SLA dispute and goes on to it. */
    public void dispute(BreachView breach) {
        try {
            Faces.redirect(
                    "/dispute.xhtml?id=" + disputes.fileFromBreach(breach.id()).id());
        } catch (DomainRuleViolation e) {
            Faces.error(Faces.refusal(e));
        }
    }

    public List<BreachView> getBreaches() {
        if (breaches == null && shown != null) {
            breaches = slaBreaches.breaches(shown);
        }
        return breaches;
    }

    public java.util.Map<Long, String> getComments() {
        return comments;
    }

    /** Downloads the current period report as Excel or PDF. */
    public void report(String extension) {
        if ("pdf".equalsIgnoreCase(extension)) {
            Downloads.file(
                    "service-levels.pdf",
                    "application/pdf",
                    out -> periodDocument.pdf(getDashboard().organisationId(), shownPeriodStart(), fmt.formats(), out));
            return;
        }
        Downloads.table(
                extension,
                "service-levels",
                (format, out) -> slaReports.report(
                        getDashboard().organisationId(), shownPeriodStart(), format, fmt.formats(), out));
    }

    /** One tile: a term's trend and the period chosen (null where the term was not yet in force). */
    public record Tile(SlaDashboard.KpiTrend trend, KpiResultView result) {}

    public List<Tile> getTiles() {
        return getDashboard() == null
                ? List.of()
                : getDashboard().kpis().stream()
                        .map(k -> new Tile(k, k.periodsBack(back)))
                        .toList();
    }

    /**
     * A choice of the period selector: how far back, and the period's name (the first term's; "running" marks the open
     * one).
     */
    public record PeriodChoice(int back, String label) implements Serializable {}

    public List<PeriodChoice> getPeriodChoices() {
        if (getDashboard() == null || getDashboard().kpis().isEmpty()) {
            return List.of();
        }
        SlaDashboard.KpiTrend first = getDashboard().kpis().get(0);
        List<PeriodChoice> choices = new java.util.ArrayList<>();
        for (int b = 0; b < first.periods().size(); b++) {
            KpiResultView p = first.periodsBack(b);
            choices.add(new PeriodChoice(b, formats.period(p) + (p.closed() ? "" : Faces.text("sla.running"))));
        }
        return choices;
    }

    /**
     * What a figure was computed from, in words: "45 of 50 shipments", "3 claims over 1,200 shipments", "over 4
     * disputes".
     */
    public String counted(KpiResultView r) {
        if (r == null || r.denominator() == null) {
            return "—";
        }
        return Faces.text(
                "sla.counted." + Kpi.valueOf(r.term().kpi()).unit().name(),
                formats.number(r.numerator()),
                formats.number(r.denominator()));
    }

    public int getMinimumSample() {
        return PeriodResult.MINIMUM_SAMPLE;
    }

    /** A Chart.js line chart of a KPI's periods: its value and its target (dashed). */
    public String chart(SlaDashboard.KpiTrend trend) {
        List<String> labels = trend.periods().stream().map(formats::period).toList();
        List<java.math.BigDecimal> values =
                trend.periods().stream().map(KpiResultView::value).toList();
        List<java.math.BigDecimal> targets =
                trend.periods().stream().map(p -> trend.term().target()).toList();
        return ChartJson.line(
                labels,
                List.of(
                        ChartJson.Series.of(Faces.text("sla.actual"), values, "#2f6f9f"),
                        new ChartJson.Series(Faces.text("sla.target"), targets, "#c0392b", true)),
                null,
                null);
    }

    /** The direction of the shown period's value against the one before it. */
    public String arrow(SlaDashboard.KpiTrend trend, int back) {
        KpiResultView shown = trend.periodsBack(back);
        return switch (shown == null ? "" : shown.trendAgainst(trend.periodsBack(back + 1))) {
            case "up" -> "↑";
            case "down" -> "↓";
            case "level" -> "→";
            default -> "";
        };
    }

    /** The overview page's action: the 3PL's staff only (a client gets 403, the page's own answer). */
    public void loadOverview() {
        try {
            overview = slaOverview.overview();
        } catch (org.threepl.portal.application.AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    /** The staff overview across clients, riskiest first. */
    public List<ClientRisk> getOverview() {
        if (overview == null) {
            overview = slaOverview.overview();
        }
        return overview;
    }

    /** The start of the period the tiles show (the first term's), for the period report. */
    private LocalDate shownPeriodStart() {
        if (getDashboard().kpis().isEmpty() || getDashboard().kpis().get(0).periodsBack(back) == null) {
            return null;
        }
        return getDashboard().kpis().get(0).periodsBack(back).periodStart();
    }

    public int getBack() {
        return back;
    }

    public void setBack(int back) {
        this.back = Math.max(0, Math.min(back, 52));
    }

    public SlaDashboard getDashboard() {
        if (dashboard == null && shown != null) {
            dashboard = sla.dashboard(shown);
        }
        return dashboard;
    }

    public List<SlaTermView> getTerms() {
        if (terms == null && shown != null) {
            terms = slaTerms.terms(shown);
        }
        return terms;
    }

    public List<LateShipmentView> getAgainst() {
        if (against == null && term != null) {
            against = sla.shipmentsAgainst(term, period == null ? null : LocalDate.parse(period));
        }
        return against;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public Long getTerm() {
        return term;
    }

    public void setTerm(Long term) {
        this.term = term;
    }

    /** The day of the drill-down's period as the reader writes days (the parameter itself is an ISO day). */
    public String getPeriodShown() {
        try {
            return fmt.date(java.time.LocalDate.parse(period));
        } catch (RuntimeException e) {
            return period;
        }
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
