package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.threepl.portal.application.AccountSecurityService;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The signed-in user's own password change (required after a temporary password). */
@Named
@RequestScoped
public class ChangePasswordBean {

    @Inject
    AccountSecurityService account;

    private String current;
    private String newPassword;
    private String repeat;

    public void change() {
        if (!newPassword.equals(repeat)) {
            Faces.error("pw:repeat", Faces.text("password.mismatch"));
            return;
        }
        int epoch;
        try {
            epoch = account.changeOwnPassword(current.toCharArray(), newPassword);
        } catch (DomainRuleViolation e) {
            Faces.error(
                    e.field() == null
                            ? null
                            : "pw:" + ("currentPassword".equals(e.field()) ? "current" : "newPassword"),
                    Faces.refusal(e));
            return;
        }
        // every other session of this user has just ended; this one goes on with the new epoch
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        session.setAttribute(SessionKeys.SESSION_EPOCH, epoch);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Faces.info(Faces.text("password.changed"));
        Faces.redirect("/index.xhtml");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
