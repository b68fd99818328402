package org.threepl.portal.application.scheduledreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.shipment.ShipmentFilterDefinition;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.report.ReportKind;
import org.threepl.portal.domain.model.report.ReportSchedule;

/**
 * A signed-in user's report schedules: listed, made, changed, paused, resumed, deleted, sent at once. Each user sees
 * and changes only their own; another's is not found. Each public method is one transaction.
 */
@ApplicationScoped
@Transactional
public class ScheduledReports {

    @Inject
    CallerContext callers;

    @Inject
    ReportScheduleRepository schedules;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    /** The caller's schedules, by title. */
    public List<ScheduleView> mine() {
        Caller caller = callers.current();
        return schedules.ownedBy(caller.userId()).stream()
                .map(s -> view(caller, s))
                .toList();
    }

    /** The reports the caller may schedule: what they may download. */
    public List<ReportKind> kinds() {
        Caller caller = callers.current();
        return java.util.Arrays.stream(ReportKind.values())
                .filter(k -> ReportAccess.refusal(caller, k, null).isEmpty())
                .toList();
    }

    /** A new schedule of the caller's, first sent at its cadence's next run. */
    public ScheduleView create(ScheduleForm form) {
        Caller caller = callers.current();
        Long organisationId = ReportAccess.organisationFor(caller, form.organisationId());
        if (organisationId != null
                && organisations.find(caller.tenantScope(), organisationId).isEmpty()) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        ReportAccess.refusal(caller, form.kind(), organisationId).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
        if (form.kind() == ReportKind.SHIPMENTS) {
            ShipmentFilterDefinition.parse(form.filter(), organisationId); // refuses a filter the job could not read
        }
        ReportSchedule s = new ReportSchedule(
                caller.userId(),
                form.title(),
                form.kind(),
                organisationId,
                form.filter(),
                form.cadence(),
                clock.instant());
        s.deliverAs(form.format(), form.language(), form.delivery());
        return view(caller, schedules.add(s));
    }

    /** A new title, format, language, delivery or cadence; what the report is of stays (make another for that). */
    public ScheduleView change(Long id, ScheduleForm form) {
        Caller caller = callers.current();
        ReportSchedule s = owned(caller, id);
        s.retitle(form.title());
        s.deliverAs(form.format(), form.language(), form.delivery());
        s.reschedule(form.cadence(), clock.instant());
        return view(caller, s);
    }

    public ScheduleView pause(Long id) {
        Caller caller = callers.current();
        ReportSchedule s = owned(caller, id);
        s.pause();
        return view(caller, s);
    }

    public ScheduleView resume(Long id) {
        Caller caller = callers.current();
        ReportSchedule s = owned(caller, id);
        s.resume(clock.instant());
        return view(caller, s);
    }

    /** Sends the report at the job's next round (within seconds); the cadence goes on as before. */
    public ScheduleView sendNow(Long id) {
        Caller caller = callers.current();
        ReportSchedule s = owned(caller, id);
        s.sendNow(clock.instant());
        return view(caller, s);
    }

    public void delete(Long id) {
        schedules.remove(owned(callers.current(), id));
    }

    private ReportSchedule owned(Caller caller, Long id) {
        return schedules
                .lock(id)
                .filter(s -> s.ownedBy(caller.userId()))
                .orElseThrow(() -> new NotFoundException("Report schedule " + id));
    }

    private ScheduleView view(Caller caller, ReportSchedule s) {
        String name = s.organisationId() == null
                ? null
                : organisations
                        .find(caller.tenantScope(), s.organisationId())
                        .map(Organisation::name)
                        .orElse(null);
        return ScheduleView.of(s, name);
    }
}
