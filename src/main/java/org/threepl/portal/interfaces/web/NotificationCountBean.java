package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.NotificationService;

/** The number of unread notifications, shown in the header; asked once per request. */
@Named("notificationCount")
@RequestScoped
public class NotificationCountBean {

    @Inject
    NotificationService notifications;

    private Long unread;

    public String getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return Long.toString(unread);
    }
}
