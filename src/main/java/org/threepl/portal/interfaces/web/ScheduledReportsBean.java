package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.PreferencesService;
import org.threepl.portal.application.scheduledreport.ScheduleForm;
import org.threepl.portal.application.scheduledreport.ScheduleView;
import org.threepl.portal.application.scheduledreport.ScheduledReports;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.domain.model.report.Cadence;
import org.threepl.portal.domain.model.report.ReportDelivery;
import org.threepl.portal.domain.model.report.ReportFormat;
import org.threepl.portal.domain.model.report.ReportKind;
import org.threepl.portal.domain.model.report.ReportLanguage;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The signed-in user's scheduled reports: the list (pause, resume, send now, edit, delete) and the form that makes or
 * changes one. A page that exports opens it with {@code ?kind=} and its filter ({@code filter=}) or organisation
 * ({@code org=}) filled in.
 */
@Named
@ViewScoped
public class ScheduledReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The fields of the form that a refused rule can name; any other refusal shows at the top. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of(
            "title",
            "kind",
            "organisation",
            "filter",
            "format",
            "language",
            "delivery",
            "frequency",
            "dayOfWeek",
            "dayOfMonth",
            "zone");

    @Inject
    ScheduledReports reports;

    @Inject
    OrganisationService organisations;

    @Inject
    FormatBean fmt;

    private Long editing;
    private String title;
    private ReportKind kind = ReportKind.SHIPMENTS;
    private Long org;
    private String filter;
    private ReportFormat format = ReportFormat.XLSX;
    private ReportLanguage language;
    private ReportDelivery delivery = ReportDelivery.ATTACHMENT;
    private Cadence.Frequency frequency = Cadence.Frequency.WEEKLY;
    private DayOfWeek dayOfWeek = DayOfWeek.MONDAY;
    private Integer dayOfMonth = 1;
    private String time = "07:00";
    private String zone;
    // views are not serialisable data of this page: kept for the request, loaded again when read after a restore
    private transient List<ScheduleView> list;
    private transient List<OrganisationView> organisationChoices;

    /** The form's defaults: the reader's language and zone. */
    public void load() {
        if (language == null) {
            language = ReportLanguage.of(fmt.formats().locale().toLanguageTag());
        }
        if (zone == null) {
            // a user who chose no zone reads the portal in UTC, which the list of zones names so
            java.time.ZoneId own = fmt.formats().zone();
            zone = own instanceof java.time.ZoneOffset ? "UTC" : own.getId();
        }
    }

    public void save() {
        LocalTime at;
        try {
            at = LocalTime.parse(time == null ? "" : time.strip());
        } catch (DateTimeParseException e) {
            Faces.error("form:time", Faces.text("schedules.time.rule"));
            return;
        }
        ScheduleForm form = new ScheduleForm(
                title, kind, org, filter, format, language, delivery, frequency, dayOfWeek, dayOfMonth, at, zone);
        try {
            if (editing == null) {
                reports.create(form);
                Faces.info(Faces.text("schedules.created"));
            } else {
                reports.change(editing, form);
                Faces.info(Faces.text("schedules.changed"));
            }
            clear();
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() != null && FIELDS.contains(e.field()) ? "form:" + e.field() : null, Faces.refusal(e));
        } catch (org.threepl.portal.application.NotFoundException
                | org.threepl.portal.application.AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        list = null;
    }

    /** Fills the form with a schedule to change it. */
    public void edit(ScheduleView s) {
        ScheduleForm f = s.form();
        editing = s.id();
        title = f.title();
        kind = f.kind();
        org = f.organisationId();
        filter = f.filter();
        format = f.format();
        language = f.language();
        delivery = f.delivery();
        frequency = f.frequency();
        dayOfWeek = f.dayOfWeek() == null ? DayOfWeek.MONDAY : f.dayOfWeek();
        dayOfMonth = f.dayOfMonth() == null ? 1 : f.dayOfMonth();
        time = f.timeOfDay().toString();
        zone = f.timeZone();
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = null;
        title = null;
        filter = null;
        org = null;
    }

    public void pause(ScheduleView s) {
        Faces.attempt(() -> {
            reports.pause(s.id());
            Faces.info(Faces.text("schedules.pausedDone"));
        });
        list = null;
    }

    public void resume(ScheduleView s) {
        Faces.attempt(() -> {
            reports.resume(s.id());
            Faces.info(Faces.text("schedules.resumedDone"));
        });
        list = null;
    }

    public void sendNow(ScheduleView s) {
        Faces.attempt(() -> {
            reports.sendNow(s.id());
            Faces.info(Faces.text("schedules.sendNowDone"));
        });
        list = null;
    }

    public void delete(ScheduleView s) {
        Faces.attempt(() -> {
            reports.delete(s.id());
            Faces.info(Faces.text("schedules.deleted"));
        });
        if (s.id().equals(editing)) {
            clear();
        }
        list = null;
    }

    public List<ScheduleView> getList() {
        if (list == null) {
            list = reports.mine();
        }
        return list;
    }

    /** The organisations the reader may choose for an SLA report (a client has its own only). */
    public List<OrganisationView> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.list(0, 500).items();
        }
        return organisationChoices;
    }

    public List<ReportKind> getKinds() {
        return reports.kinds();
    }

    public List<ReportFormat> getFormats() {
        return List.of(ReportFormat.values());
    }

    public List<ReportLanguage> getLanguages() {
        return List.of(ReportLanguage.values());
    }

    public List<ReportDelivery> getDeliveries() {
        return List.of(ReportDelivery.values());
    }

    public List<Cadence.Frequency> getFrequencies() {
        return List.of(Cadence.Frequency.values());
    }

    public List<DayOfWeek> getDaysOfWeek() {
        return List.of(DayOfWeek.values());
    }

    public List<Integer> getDaysOfMonth() {
        return java.util.stream.IntStream.rangeClosed(1, 31).boxed().toList();
    }

    /** UTC first (the zone of a user who chose none), then the zones by name. */
    public List<String> getZones() {
        List<String> zones = new java.util.ArrayList<>(List.of("UTC"));
        zones.addAll(PreferencesService.zones());
        return zones;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public void setFormat(ReportFormat format) {
        this.format = format;
    }

    public ReportLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ReportLanguage language) {
        this.language = language;
    }

    public ReportDelivery getDelivery() {
        return delivery;
    }

    public void setDelivery(ReportDelivery delivery) {
        this.delivery = delivery;
    }

    public Cadence.Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Cadence.Frequency frequency) {
        this.frequency = frequency;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
