package org.threepl.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Small helpers for view beans: messages from the bundle, and answering 404/403. */
final class Faces {

    /** The rules' texts in other languages than English (the English is written with each rule). */
    static final String RULES = "org.threepl.portal.i18n.rules";

    private static final String MESSAGES = "org.threepl.portal.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Faces() {}

    /** The reader's formats, for a message a bean writes (a day, an amount). */
    static FormatBean fmt() {
        return jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(FormatBean.class)
                .get();
    }

    static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        try {
            String pattern = bundle.getString(key);
            return args.length == 0
                    ? pattern
                    : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A refusal in the reader's language: a rule's text from the rules' bundle with the rule's values, its English when
     * the bundle lacks it; a refusal of access or of a record gone as {@link #refusalIn}.
     */
    static String refusal(RuntimeException e) {
        if (!(e instanceof DomainRuleViolation v)) {
            return refusalIn(e, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        String first = refusal(v.problems().get(0));
        return v.problems().size() == 1
                ? first
                : text("refusal.andMore", first, v.problems().size() - 1);
    }

    /**
     * A refusal of access or of a record gone, in {@code locale}: its own English words for a reader of English, its
     * kind in the reader's language for anyone else (those refusals are worded in English only).
     */
    static String refusalIn(RuntimeException e, Locale locale) {
        String kind = e instanceof org.threepl.portal.application.AccessDeniedException
                ? "refusal.notAllowed"
                : e instanceof org.threepl.portal.application.NotFoundException ? "refusal.notFound" : null;
        if (kind == null || locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return e.getMessage();
        }
        return ResourceBundle.getBundle(MESSAGES, locale, NO_FALLBACK).getString(kind);
    }

    static String refusal(DomainRuleViolation.Problem p) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.time.ZoneId zone;
        try {
            zone = fmt().formats().zone();
        } catch (IllegalStateException noContainer) { // a bean's unit test: no reader, no zone
            zone = java.time.ZoneOffset.UTC;
        }
        return inLanguage(p, new Formats(locale, zone));
    }

    /** A problem's text in {@code locale}, its values written as in the zone UTC. */
    static String inLanguage(DomainRuleViolation.Problem p, Locale locale) {
        return inLanguage(p, new Formats(locale, java.time.ZoneOffset.UTC));
    }

    /**
     * A problem's text for this reader: its translation (its English where there is none) with its values in the
     * reader's conventions ({@link Formats#value}).
     */
    static String inLanguage(DomainRuleViolation.Problem p, Formats formats) {
        String text = p.english();
        if (p.key() != null) {
            try {
                text = ResourceBundle.getBundle(RULES, formats.locale(), NO_FALLBACK)
                        .getString(p.key());
            } catch (MissingResourceException e) {
                // the English
            }
        }
        return DomainRuleViolation.fill(
                text, p.args().stream().map(formats::value).toList());
    }

    /**
     * Runs an action on a record the page showed, answering the refusals a page expects in place: a change made
     * meanwhile by someone else ("conflict"), a rule, a record gone or out of reach (their message).
     */
    static void attempt(Runnable action) {
        try {
            action.run();
        } catch (org.threepl.portal.application.ConcurrentChangeException e) {
            error(text("conflict"));
        } catch (DomainRuleViolation
                | org.threepl.portal.application.NotFoundException
                | org.threepl.portal.application.AccessDeniedException e) {
            error(refusal(e));
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

    /**
     * Answers with an HTTP error status and renders the matching error page within this request, in the user's language
     * and with the portal's navigation, rather than through a second dispatch.
     */
    static void sendError(int status) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().setResponseStatus(status);
        // swap the view in place (navigation from a view action would redirect and lose the status)
        fc.setViewRoot(fc.getApplication().getViewHandler().createView(fc, "/error/" + status + ".xhtml"));
        fc.renderResponse();
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
