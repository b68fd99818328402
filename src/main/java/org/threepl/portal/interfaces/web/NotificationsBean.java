package org.threepl.portal.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.threepl.portal.application.NotificationService;

/** The user's notifications (SLA alerts) and the choice of how alerts reach them. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    FormatBean fmt;

    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient List<NotificationService.NotificationView> list;
    private boolean byEmail;
    private boolean inPortal;

    @PostConstruct
    void init() {
        NotificationService.AlertChoice choice = notifications.alertChoice();
        byEmail = choice.byEmail();
        inPortal = choice.inPortal();
    }

    public List<NotificationService.NotificationView> getList() {
        if (list == null) {
            list = notifications.mine(fmt.formats());
        }
        return list;
    }

    public void markAllRead() {
        notifications.markAllRead();
        list = null;
    }

    public void save() {
        notifications.chooseAlerts(byEmail, inPortal);
        Faces.info(Faces.text("notifications.saved"));
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }

    public boolean isInPortal() {
        return inPortal;
    }

    public void setInPortal(boolean inPortal) {
        this.inPortal = inPortal;
    }
}
