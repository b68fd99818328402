package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Messages;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.domain.model.account.UserAccount;

/** The signed-in user's notifications and how alerts should reach them. */
@ApplicationScoped
@Transactional
public class NotificationService {

    static final int SHOWN = 50;

    @Inject
    CallerContext callers;

    @Inject
    NotificationRepository notifications;

    @Inject
    UserAccountRepository users;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.notifications.keep.days", defaultValue = "90")
    int keepDays;

    public record NotificationView(
            Long id, String subject, String body, String link, Instant createdAt, boolean read) {}

    public record AlertChoice(boolean byEmail, boolean inPortal) {}

    /**
     * The latest notifications, written in the reader's language and zone (as first written when kept without their
     * texts' keys).
     */
    public List<NotificationView> mine(Formats formats) {
        Texts texts = new Texts(formats.locale());
        return notifications.latestOf(user().id(), SHOWN).stream()
                .map(n -> new NotificationView(
                        n.id(),
                        text(n.subjectKey(), n.subjectArgs(), n.subject(), texts, formats),
                        text(n.bodyKey(), n.bodyArgs(), n.body(), texts, formats),
                        n.link(),
                        n.createdAt(),
                        n.isRead()))
                .toList();
    }

    private static String text(String key, String args, String written, Texts texts, Formats formats) {
        return key == null ? written : Messages.render(Messages.read(key, args), texts, formats);
    }

    public long unread() {
        Caller caller = callers.find().orElse(null);
        return caller == null || !caller.isUser() ? 0 : notifications.unreadOf(caller.userId());
    }

    public void markAllRead() {
        Instant now = clock.instant();
        notifications.unreadList(user().id()).forEach(n -> n.markRead(now));
    }

    /**
     * For the housekeeping: removes the notifications read more than {@code portal.notifications.keep.days} (90) ago;
     * unread ones stay however old. How many.
     */
    public int purgeRead() {
        return notifications.purgeReadBefore(clock.instant().minus(Duration.ofDays(keepDays)));
    }

    public AlertChoice alertChoice() {
        UserAccount u = user();
        return new AlertChoice(u.wantsAlertsByEmail(), u.wantsAlertsInPortal());
    }

    public void chooseAlerts(boolean byEmail, boolean inPortal) {
        user().chooseAlerts(byEmail, inPortal);
    }

    private UserAccount user() {
        Caller caller = callers.current();
        AccessPolicy.require(caller.isUser(), "Notifications belong to portal users");
        return users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("User " + caller.userId()));
    }
}
