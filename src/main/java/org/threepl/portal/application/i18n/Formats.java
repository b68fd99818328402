package org.threepl.portal.application.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Money;

/**
 * Figures as one reader reads them: in their language's conventions and their time zone. "—" stands for a figure not
 * known. Immutable; cheap to make (one per request or per recipient).
 */
public final class Formats {

    /** What stands for a figure that is not known. */
    public static final String NONE = "—";

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zoneShortName;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
        boolean chinese = "zh".equals(locale.getLanguage());
        // a fixed, unambiguous pattern per language (the JDK's MEDIUM style differs between runtimes)
        this.date = DateTimeFormatter.ofPattern(chinese ? "yyyy年M月d日" : "d MMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.zoneShortName = DateTimeFormatter.ofPattern("zzz", locale);
        this.dateTime = DateTimeFormatter.ofPattern(chinese ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm", locale);
    }

    public static Formats utcEnglish() {
        return new Formats(Locale.ENGLISH, ZoneId.of("UTC"));
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A moment in the reader's zone, with the zone's short name ("3 Nov 2026, 14:05 CET"). */
    public String dateTime(Instant t) {
        if (t == null) {
            return NONE;
        }
        ZonedDateTime z = t.atZone(zone);
        return dateTime.format(z) + " " + zoneName(z);
    }

    /** A moment in the reader's zone without the zone's name (tables whose heading names the zone). */
    public String dateTimePlain(Instant t) {
        return t == null ? NONE : dateTime.format(t.atZone(zone));
    }

    /** A moment on the spot where it happened (a tracking event's local time), with that place's offset. */
    public String localDateTime(ZonedDateTime t) {
        return t == null ? NONE : dateTime.format(t) + " " + zoneName(t);
    }

    public String date(LocalDate d) {
        return d == null ? NONE : date.format(d);
    }

    /** The day of a moment in the reader's zone. */
    public String date(Instant t) {
        return t == null ? NONE : date.format(t.atZone(zone));
    }

    public String time(Instant t) {
        return t == null ? NONE : time.format(t.atZone(zone));
    }

    /** Money with its currency, to the currency's minor unit, grouped ("£1,234.50", "¥1,235", "€600.00"). */
    public String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return NONE;
        }
        if (currencyCode == null || currencyCode.isBlank()) {
            return number(amount, 2);
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException unknown) {
            return number(amount, 2) + " " + currencyCode;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(amount.setScale(digits, RoundingMode.HALF_EVEN));
    }

    /**
     * The spreadsheet (Excel) number format that shows a date cell holding this reader's wall-clock time of {@code t}
     * as {@link #dateTime} writes it, the zone's name included ({@code d mmm yyyy", "hh:mm "CET"}).
     */
    public String spreadsheetDateTime(Instant t) {
        String pattern = "zh".equals(locale.getLanguage()) ? "yyyy\"年\"m\"月\"d\"日\" hh:mm" : "d mmm yyyy\", \"hh:mm";
        return t == null ? pattern : pattern + " \"" + zoneName(t.atZone(zone)).replace("\"", "") + "\"";
    }

    /** The spreadsheet (Excel) number format that shows an amount as {@link #money} writes it ({@code "€"#,##0.00}). */
    public String spreadsheetMoney(String currencyCode) {
        if (currencyCode == null || currencyCode.isBlank()) {
            return "#,##0.00";
        }
        try {
            Currency currency = Currency.getInstance(currencyCode);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            return "\"" + currency.getSymbol(locale).replace("\"", "") + "\"#,##0"
                    + (digits > 0 ? "." + "0".repeat(digits) : "");
        } catch (IllegalArgumentException unknown) {
            return "#,##0.00\" " + currencyCode.replace("\"", "") + "\"";
        }
    }

    /** A number, grouped, with at most {@code maxFraction} decimals (trailing zeros left out). */
    public String number(BigDecimal value, int maxFraction) {
        if (value == null) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxFraction);
        f.setMinimumFractionDigits(0);
        return f.format(value.setScale(maxFraction, RoundingMode.HALF_EVEN));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * A value a rule's refusal names, as this reader writes it: a day or a moment in their format (a moment in their
     * zone), an amount with its currency, a decimal grouped with the digits it has, an {@code int} (a limit, a count)
     * grouped. A {@code long} stays as it is: the rules name records by their ids, which are longs and are not
     * quantities.
     */
    public String value(Object v) {
        if (v instanceof LocalDate d) {
            return date(d);
        } else if (v instanceof Instant t) {
            return dateTime(t);
        } else if (v instanceof Money m) {
            return money(m.amount(), m.currency().getCurrencyCode());
        } else if (v instanceof BigDecimal b) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(Math.max(0, b.scale()));
            f.setMaximumFractionDigits(Math.max(0, b.scale()));
            return f.format(b);
        } else if (v instanceof Integer i) {
            return number(i.longValue());
        }
        return String.valueOf(v);
    }

    /** A percentage given in percent (95.3 → "95.3 %"; Chinese writes it without the space). */
    public String percent(BigDecimal percent, int maxFraction) {
        if (percent == null) {
            return NONE;
        }
        return number(percent, maxFraction) + ("zh".equals(locale.getLanguage()) ? "%" : " %");
    }

    /** A share given as a fraction (0.953 → "95.3 %"). */
    public String share(BigDecimal fraction, int maxFraction) {
        return fraction == null ? NONE : percent(fraction.movePointRight(2), maxFraction);
    }

    /**
     * A duration in words, to the minute, at most two units ("2 days 3 h", "45 min", "3 h 5 min"); in Chinese "2天3小时".
     * Negative durations are shown as their size (the caller says early or late).
     */
    public String duration(long minutes) {
        long m = Math.abs(minutes);
        long days = m / (24 * 60);
        long hours = (m % (24 * 60)) / 60;
        long mins = m % 60;
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        if (days > 0) {
            b.append(days).append(zh ? "天" : days == 1 ? " day" : " days");
            if (hours > 0) {
                b.append(zh ? "" : " ").append(hours).append(zh ? "小时" : " h");
            }
            return b.toString();
        }
        if (hours > 0) {
            b.append(hours).append(zh ? "小时" : " h");
            if (mins > 0) {
                b.append(zh ? "" : " ").append(mins).append(zh ? "分钟" : " min");
            }
            return b.toString();
        }
        return mins + (zh ? "分钟" : " min");
    }

    /** A time zone as people pick it: its offset now, its name in the reader's language, and its identifier. */
    public String zoneLabel(String zoneId) {
        try {
            ZoneId z = ZoneId.of(zoneId);
            String offset = DateTimeFormatter.ofPattern("xxx").format(ZonedDateTime.now(z));
            String name = z.getDisplayName(java.time.format.TextStyle.FULL, locale);
            return "(UTC" + ("+00:00".equals(offset) ? "" : offset) + ") " + name + " — " + zoneId;
        } catch (java.time.DateTimeException e) {
            return zoneId;
        }
    }

    /** A calendar month ("November 2026", "2026年11月"). */
    public String month(LocalDate anyDay) {
        if (anyDay == null) {
            return NONE;
        }
        return "zh".equals(locale.getLanguage())
                ? anyDay.getYear() + "年" + anyDay.getMonthValue() + "月"
                : DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(anyDay);
    }

    /** A measurement period: a month by its name, a week by its Monday ("week of 16 Nov 2026", "2026年11月16日当周"). */
    public String period(LocalDate start, boolean month) {
        if (start == null) {
            return NONE;
        }
        if (month) {
            return month(start);
        }
        return "zh".equals(locale.getLanguage()) ? date(start) + "当周" : "week of " + date(start);
    }

    /** A KPI's value in its unit: a percentage, claims per thousand, or days (an average, so with one decimal). */
    public String kpi(org.threepl.portal.domain.model.sla.Kpi kpi, BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        boolean zh = "zh".equals(locale.getLanguage());
        return switch (kpi.unit()) {
            case PERCENT -> percent(value, 1);
            case PER_THOUSAND -> number(value, 2) + (zh ? "‰" : " ‰");
            case DAYS -> number(value, 1) + (zh ? "天" : value.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
        };
    }

    private static final java.util.regex.Pattern ISO_MOMENT = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})|(?<![\\w-])\\d{"
                    + "4}-\\d{2}-\\d{2}(?![\\w-])");

    /**
     * A text the portal recorded or computed (a security event's detail, a relationship explanation) with every moment
     * and day in it written in this reader's zone and format.
     */
    public String inText(String text) {
        if (text == null) {
            return NONE;
        }
        java.util.regex.Matcher m = ISO_MOMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown;
            try {
                shown = m.group().contains("T")
                        ? dateTime(java.time.OffsetDateTime.parse(m.group()).toInstant())
                        : date(LocalDate.parse(m.group()));
            } catch (java.time.format.DateTimeParseException e) {
                shown = m.group();
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(shown));
        }
        return m.appendTail(out).toString();
    }

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private String zoneName(ZonedDateTime z) {
        String shortName = zoneShortName.format(z);
        if ("Z".equals(shortName)
                || "GMT".equals(shortName)
                        && z.getOffset().getTotalSeconds() == 0
                        && z.getZone() instanceof java.time.ZoneOffset) {
            return "UTC"; // a bare offset zone (the API's UTC) is named as such, in every language
        }
        // a name like "GMT+08:00" says less than the offset itself; keep the short names people know
        return shortName.startsWith("GMT") && shortName.length() > 3
                ? OFFSET.format(z).equals("+00:00") ? "UTC" : "UTC" + OFFSET.format(z)
                : shortName;
    }
}
