package org.threepl.portal.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.AccountSecurityService;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** "My account": the signed-in person's second factor, recovery codes and latest security events. */
@Named
@ViewScoped
public class AccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountSecurityService security;

    @Inject
    org.threepl.portal.application.PreferencesService preferences;

    @Inject
    FormatBean fmt;

    private String zone;

    // a view is not serialisable: kept for the request, loaded again when a restored session reads it
    private transient AccountSecurityService.Status status;
    private AccountSecurityService.Enrolment enrolment;
    private List<String> newCodes = new ArrayList<>();
    private String code;
    private String password;

    public void load() {
        status = security.status();
        if (zone == null) {
            zone = fmt.zone();
        }
    }

    public void savePreferences() {
        try {
            preferences.chooseZone(zone);
            Faces.info(Faces.text("account.preferences.saved"));
        } catch (DomainRuleViolation e) {
            Faces.error("preferences:zone", Faces.refusal(e));
        }
    }

    public java.util.List<String> getZones() {
        return org.threepl.portal.application.PreferencesService.zones();
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public void startEnrolment() {
        try {
            enrolment = security.startEnrolment();
        } catch (DomainRuleViolation e) {
            Faces.error(Faces.refusal(e));
        }
    }

    public void enrol() {
        try {
            newCodes = new ArrayList<>(security.enrol(enrolment.secret(), code));
            enrolment = null;
            code = null;
            Faces.info(Faces.text("account.enrolled"));
            load();
        } catch (DomainRuleViolation e) {
            Faces.error("enrol:otp", Faces.refusal(e));
        }
    }

    public void renewRecoveryCodes() {
        try {
            newCodes = new ArrayList<>(security.newRecoveryCodes(chars(password)));
            password = null;
            load();
        } catch (DomainRuleViolation e) {
            Faces.error("factor:password", Faces.refusal(e));
        }
    }

    public void removeSecondFactor() {
        try {
            int epoch = security.removeSecondFactor(chars(password));
            // every other session of this user has ended; this one goes on with the new epoch
            HttpSession session = (HttpSession)
                    FacesContext.getCurrentInstance().getExternalContext().getSession(true);
            session.setAttribute(SessionKeys.SESSION_EPOCH, epoch);
            password = null;
            newCodes = new ArrayList<>();
            Faces.info(Faces.text("account.removed"));
            load();
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "factor:password", Faces.refusal(e));
        }
    }

    public void endOtherSessions() {
        int epoch = security.endOtherSessions();
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        session.setAttribute(SessionKeys.SESSION_EPOCH, epoch);
        Faces.info(Faces.text("account.sessionsEnded"));
        load();
    }

    /** "An authenticator app is set up (since …); n unused recovery codes." */
    public String getFactorStatus() {
        return getStatus() == null
                ? ""
                : Faces.text("account.factor.on", fmt.dateTime(status.enrolledAt()), status.recoveryCodesLeft());
    }

    public String getEnrolmentQr() {
        return enrolment == null ? "" : QrCodes.svgDataUri(enrolment.provisioningUri());
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public AccountSecurityService.Status getStatus() {
        if (status == null) {
            status = security.status();
        }
        return status;
    }

    public AccountSecurityService.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getNewCodes() {
        return newCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
