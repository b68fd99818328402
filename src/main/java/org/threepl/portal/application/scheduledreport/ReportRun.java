package org.threepl.portal.application.scheduledreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.SignedInUsers;
import org.threepl.portal.application.UserAccountRepository;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.application.mail.MailAttachment;
import org.threepl.portal.application.mail.OutgoingMail;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.report.PauseReason;
import org.threepl.portal.domain.model.report.ReportDelivery;
import org.threepl.portal.domain.model.report.ReportFile;
import org.threepl.portal.domain.model.report.ReportSchedule;

/**
 * One due schedule sent: its owner checked (still there, active, still allowed to see what it reports; if not, the
 * schedule is paused saying why), the report made as the owner in the schedule's language and zone, the mail queued in
 * the outbox and the next run set, all in one transaction: a crash before the commit sends nothing and leaves the run
 * due, a commit sends exactly one mail.
 */
@ApplicationScoped
public class ReportRun {

    /** What became of a schedule taken by the job. */
    public enum Outcome {
        SENT,
        PAUSED,
        /** No longer due (sent, paused or deleted meanwhile). */
        SKIPPED
    }

    /** The page that manages schedules, and the address a kept file is downloaded from (with its token). */
    static final String PAGE = "/scheduled-reports.xhtml";

    static final String DOWNLOAD = "/reports/file?token=";

    @Inject
    ReportScheduleRepository schedules;

    @Inject
    UserAccountRepository users;

    @Inject
    SignedInUsers signedIn;

    @Inject
    CallerContext callers;

    @Inject
    ReportRendering rendering;

    @Inject
    OutgoingMail mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.reports.link.days", defaultValue = "7")
    int linkDays;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080/portal")
    String baseUrl;

    /** Sends schedule {@code id} if it is still due, in a request context and a transaction of its own. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome send(Long id) {
        Instant now = clock.instant();
        ReportSchedule s = schedules.lock(id).orElse(null);
        if (s == null || !s.isDue(now)) {
            return Outcome.SKIPPED;
        }
        Optional<UserAccount> owner = users.findById(s.ownerId());
        Optional<Caller> caller =
                owner.flatMap(u -> signedIn.callerNamed(u.username().value()));
        if (caller.isEmpty()) {
            s.pauseBecause(
                    PauseReason.OWNER_INACTIVE, "The owner's account is disabled or their organisation suspended");
            return Outcome.PAUSED;
        }
        Optional<String> refused = ReportAccess.refusal(caller.get(), s.kind(), s.organisationId());
        if (refused.isPresent()) {
            s.pauseBecause(PauseReason.ACCESS_LOST, refused.get());
            return Outcome.PAUSED;
        }
        Formats reader = new Formats(s.language().locale(), s.cadence().zone());
        ReportRendering.Rendered file;
        callers.actFor(caller.get());
        try {
            file = rendering.render(s, reader, now.atZone(reader.zone()).toLocalDate());
        } finally {
            callers.doneActing();
        }
        queue(s, owner.get(), file, reader, now);
        s.sent(now);
        return Outcome.SENT;
    }

    /** A schedule whose report could not be made is paused with the reason, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Long id, String why) {
        schedules
                .lock(id)
                .filter(s -> s.isDue(clock.instant()))
                .ifPresent(s -> s.pauseBecause(PauseReason.FAILED, why));
    }

    /**
     * The mail with the file attached, or, when a link is asked for or the file is too large to attach, with a link to
     * the file kept for {@code portal.reports.link.days} (7).
     */
    private void queue(
            ReportSchedule s, UserAccount owner, ReportRendering.Rendered file, Formats reader, Instant now) {
        Texts texts = new Texts(reader.locale());
        String to = owner.email().value();
        String subject = texts.text("scheduledReports.mail.subject", s.title());
        String manage = "\n\n" + texts.text("scheduledReports.mail.manage") + "\n" + baseUrl + PAGE + "\n";
        if (s.delivery() == ReportDelivery.ATTACHMENT && mail.attachable(file.content().length)) {
            mail.queue(
                    to,
                    subject,
                    texts.text("scheduledReports.mail.attached", s.title(), file.fileName()) + manage,
                    new MailAttachment(file.fileName(), file.contentType(), file.content()));
            return;
        }
        ReportFile kept = schedules.addFile(new ReportFile(
                owner.id(),
                s.id(),
                file.fileName(),
                file.contentType(),
                file.content(),
                now,
                Duration.ofDays(linkDays)));
        mail.queue(
                to,
                subject,
                texts.text("scheduledReports.mail.link", s.title(), reader.dateTime(kept.expiresAt())) + "\n" + baseUrl
                        + DOWNLOAD + kept.token() + manage);
    }
}
