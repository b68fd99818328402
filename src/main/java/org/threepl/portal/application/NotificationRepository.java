package org.threepl.portal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.account.Notification;

/**
 * Notifications per user, and the record of SLA alerts already raised (each once per term, period and level).
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaNotificationRepository}.
 */
public interface NotificationRepository {
    void add(Notification n);

    List<Notification> latestOf(Long userId, int limit);

    long unreadOf(Long userId);

    List<Notification> unreadList(Long userId);

    /**
     * Records that an alert was raised; false if it had been already (the primary key makes a second raise of the same
     * term, period and level impossible, even from two servers).
     */
    boolean raiseOnce(Long termId, LocalDate periodStart, String level, Long organisationId, Instant now);

    /** Removes the notifications read before the time; the number removed. */
    int purgeReadBefore(Instant before);
}
