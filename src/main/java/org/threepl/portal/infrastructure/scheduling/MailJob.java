package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.mail.OutgoingMail;
import org.threepl.portal.infrastructure.mail.SmtpMailSender;

/**
 * Sends the queued mails every {@code portal.mail.poll.seconds} (5), on the server holding the lease: two servers never
 * send one mail at the same time. Not scheduled when mail is off (nothing is queued then); the log says which at start.
 */
@ApplicationScoped
public class MailJob {

    static final String JOB = "mail";
    private static final Logger LOG = Logger.getLogger(MailJob.class.getName());

    @Inject
    OutgoingMail mail;

    @Inject
    SmtpMailSender sender;

    @Inject
    LeasedScheduler scheduler;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.mail.poll.seconds", defaultValue = "5")
    int pollSeconds;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Mail: " + sender.describe());
        if (mail.enabled()) {
            scheduler.every(JOB, Duration.ofSeconds(pollSeconds), Duration.ofSeconds(pollSeconds), run -> {
                var began = clock.instant();
                int sent = mail.deliverDue();
                if (sent > 0) {
                    LOG.fine(() -> sent + " mail(s) sent");
                }
                return began;
            });
        }
    }
}
