package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the portal for this session: English or Simplified Chinese, from the browser at first. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "zh".equals(requested.getLanguage())
                    ? Locale.SIMPLIFIED_CHINESE
                    : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().toLanguageTag();
    }

    public void setLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        Locale wanted = Locale.forLanguageTag(tag);
        locale = SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        // a signed-in person's choice is kept: e-mails and notifications follow it, and the next sign-in starts in it
        preferences().chooseLanguage(getLanguage());
    }

    /** After a sign-in: the language the person chose before, if any (else the one this session shows stays). */
    void adopt(java.util.Optional<String> chosen) {
        chosen.ifPresent(tag -> locale = Locale.forLanguageTag(tag));
    }

    private static org.threepl.portal.application.PreferencesService preferences() {
        return jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(org.threepl.portal.application.PreferencesService.class)
                .get();
    }

    /** Shows the current page again in the newly chosen language. */
    public void reload() {
        org.primefaces.PrimeFaces.current().executeScript("window.location.reload()");
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }
}
