package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.domain.model.account.Notification;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.infrastructure.persistence.NotificationRepository;
import org.threepl.portal.infrastructure.persistence.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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

    public record NotificationView(Long id, String subject, String body, String link, Instant createdAt, boolean read) {
    }

    public record AlertChoice(boolean byEmail, boolean inPortal) {
    }

    public List<NotificationView> mine() {
        return notifications.latestOf(user().id(), SHOWN).stream()
                .map(n -> new NotificationView(n.id(), n.subject(), n.body(), n.link(), n.createdAt(), n.isRead())).toList();
    }

    public long unread() {
        Caller caller = callers.find().orElse(null);
        return caller == null || !caller.isUser() ? 0 : notifications.unreadOf(caller.userId());
    }

    public void markAllRead() {
        Instant now = clock.instant();
        notifications.unreadList(user().id()).forEach(n -> n.markRead(now));
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
