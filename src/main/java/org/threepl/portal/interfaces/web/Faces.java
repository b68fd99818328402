package org.threepl.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Small helpers for view beans: messages from the bundle, and answering 404/403. */
final class Faces {

    private Faces() {
    }

    static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static void error(String summary) {
        error(null, summary);
    }

    /** An error shown next to the input with the given client id (or at the top when null). */
    static void error(String clientId, String summary) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        fc.validationFailed();
    }

    /** Answers with an HTTP error (the container shows the matching error page) and ends the request. */
    static void sendError(int status) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        try {
            ec.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    static void redirect(String path) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ec.redirect(ec.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
