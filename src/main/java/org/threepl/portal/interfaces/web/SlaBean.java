package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.sla.KpiResultView;
import org.threepl.portal.application.sla.LateShipmentView;
import org.threepl.portal.application.sla.SlaDashboard;
import org.threepl.portal.application.sla.SlaService;
import org.threepl.portal.application.sla.SlaTermView;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.infrastructure.export.TableWriter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The service-level dashboard of one organisation ({@code ?org=}; a client's own without it): KPI
 * tiles with trend, the terms, breaches; and the drill-down to the shipments behind a figure
 * ({@code ?term=&period=}).
 */
@Named
@ViewScoped
public class SlaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SlaService sla;

    @Inject
    transient org.threepl.portal.application.dispute.DisputeService disputes;

    private Long org;
    private Long term;
    private String period;
    private transient SlaDashboard dashboard;
    private transient List<SlaTermView> terms;
    private transient List<LateShipmentView> against;
    private transient List<SlaService.ClientRisk> overview;
    private transient List<SlaService.BreachView> breaches;
    /** The comment being written, per breach id. */
    private final java.util.Map<Long, String> comments = new java.util.HashMap<>();

    public void load() {
        try {
            Long id = sla.organisationOrOwn(org);
            dashboard = sla.dashboard(id);
            terms = sla.terms(id);
            breaches = sla.breaches(id);
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

    /** The account manager's comment on a breach entry; a comment saved meanwhile by someone else is not overwritten. */
    public void comment(SlaService.BreachView breach) {
        try {
            sla.commentOnBreach(breach.id(), breach.version(), comments.get(breach.id()));
            Faces.info(Faces.text("sla.breach.commented"));
        } catch (DomainRuleViolation e) {
            Faces.error(e.getMessage());
        } catch (org.threepl.portal.application.ConcurrentChangeException e) {
            Faces.error(e.getMessage());
        }
        breaches = sla.breaches(dashboard.organisationId());
    }

    /** The client turns a breach into an SLA dispute and goes on to it. */
    public void dispute(SlaService.BreachView breach) {
        try {
            Faces.redirect("/dispute.xhtml?id=" + disputes.fileFromBreach(breach.id()).id());
        } catch (DomainRuleViolation e) {
            Faces.error(e.getMessage());
        }
    }

    public List<SlaService.BreachView> getBreaches() {
        return breaches;
    }

    public java.util.Map<Long, String> getComments() {
        return comments;
    }

    /** Downloads the current period report as Excel or PDF. */
    public void report(String extension) throws java.io.IOException {
        TableWriter.Format format = TableWriter.Format.ofExtension(extension);
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType(format.contentType());
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"service-levels." + format.extension() + "\"");
        try (var table = format.open(ec.getResponseOutputStream(), "Service levels")) {
            sla.report(dashboard.organisationId(), null, table);
        }
        fc.responseComplete();
    }

    /** A Chart.js line chart of a KPI's periods: its value and its target (dashed). */
    public String chart(SlaDashboard.KpiTrend trend) {
        List<String> labels = trend.periods().stream().map(this::label).toList();
        List<java.math.BigDecimal> values = trend.periods().stream().map(KpiResultView::value).toList();
        List<java.math.BigDecimal> targets = trend.periods().stream().map(p -> trend.term().target()).toList();
        return ChartJson.line(labels, List.of(ChartJson.Series.of(Faces.text("sla.actual"), values, "#2f6f9f"),
                new ChartJson.Series(Faces.text("sla.target"), targets, "#c0392b", true)), null, null);
    }

    /** "2026-11" for a month, "2026-11-16" (its Monday) for a week. */
    public String label(KpiResultView p) {
        return "MONTH".equals(p.term().period()) ? p.periodStart().format(DateTimeFormatter.ofPattern("yyyy-MM")) : p.periodStart().toString();
    }

    /** A value in the KPI's unit, e.g. "97.25 %". */
    public String format(String kpi, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        String number = value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
        return switch (Kpi.valueOf(kpi).unit()) {
            case PERCENT -> number + " %";
            case PER_THOUSAND -> number + " ‰";
            case DAYS -> number + " d";
        };
    }

    public String arrow(SlaDashboard.KpiTrend trend) {
        return switch (trend.trend()) {
            case "up" -> "↑";
            case "down" -> "↓";
            case "level" -> "→";
            default -> "";
        };
    }

    /** The overview page's action: the 3PL's staff only (a client gets 403, the page's own answer). */
    public void loadOverview() {
        try {
            overview = sla.overview();
        } catch (org.threepl.portal.application.AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    /** The staff overview across clients, riskiest first. */
    public List<SlaService.ClientRisk> getOverview() {
        if (overview == null) {
            overview = sla.overview();
        }
        return overview;
    }

    public SlaDashboard getDashboard() {
        return dashboard;
    }

    public List<SlaTermView> getTerms() {
        return terms;
    }

    public List<LateShipmentView> getAgainst() {
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

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
