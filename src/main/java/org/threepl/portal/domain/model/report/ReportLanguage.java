package org.threepl.portal.domain.model.report;

import java.util.Locale;

/** The languages a report is written in: the portal's. */
public enum ReportLanguage {
    EN("en"),
    ZH_CN("zh-CN");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /** The language tag the portal stores for a user ("en", "zh-CN"). */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag or locale ("zh-CN", "zh_CN", "zh"); English for anything else. */
    public static ReportLanguage of(String tagOrLocale) {
        return tagOrLocale != null && tagOrLocale.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH_CN : EN;
    }
}
