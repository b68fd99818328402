package org.threepl.portal.application.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts (the bundles {@code org.threepl.portal.i18n.messages}) in one language. A key that is missing
 * shows as itself (a test keeps the two languages' keys equal, so that is a bug, not a fallback).
 */
public final class Texts {

    static final String BUNDLE = "org.threepl.portal.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text of {@code key}, its {0}, {1} … filled in by MessageFormat (patterns with arguments double their
     * apostrophes).
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The name of an enum constant as the bundles give it under {@code prefix} ("shipmentStatus." + DELIVERED). */
    public String term(String prefix, Enum<?> value) {
        return value == null ? Formats.NONE : text(prefix + value.name());
    }

    /** The name of a code under {@code prefix}, the code itself when the bundles do not know it. */
    public String term(String prefix, String code) {
        return code == null ? Formats.NONE : text(prefix + code);
    }

    /** Who did something: a person by name; a key or the portal itself marked as such ("API key “…”"). */
    public String actor(String kind, String name) {
        if (name == null) {
            return Formats.NONE;
        }
        return "CREDENTIAL".equals(kind) || "SYSTEM".equals(kind) ? text("actor." + kind, name) : name;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
