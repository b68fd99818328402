package org.threepl.portal.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows recovery codes just made, once: they leave the session when the page is built, and exist nowhere else in plain
 * text.
 */
@Named
@ViewScoped
public class RecoveryCodesBean implements Serializable {

    private List<String> codes;

    public List<String> getCodes() {
        if (codes == null) {
            HttpSession session = (HttpSession)
                    FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            Object held = session == null ? null : session.getAttribute(SessionKeys.NEW_RECOVERY_CODES);
            codes = new ArrayList<>();
            if (held instanceof List<?> list) {
                list.forEach(c -> codes.add(String.valueOf(c)));
                session.removeAttribute(SessionKeys.NEW_RECOVERY_CODES);
            }
        }
        return codes;
    }

    public void done() {
        Faces.redirect("/index.xhtml");
    }
}
