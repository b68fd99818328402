package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.SignedInUsers;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Messages;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Figures on pages as their reader reads them (the one presentation layer of the pages, over {@link Formats}): times in
 * the reader's time zone, money with its currency's minor unit, numbers and percentages in the reader's conventions,
 * durations in words; and who acted, an API key marked as one.
 */
@Named("fmt")
@RequestScoped
public class FormatBean {

    @Inject
    CallerContext callers;

    @Inject
    LocaleBean locale;

    private Formats formats;

    Formats formats() {
        if (formats == null) {
            ZoneId zone = callers == null
                    ? ZoneOffset.UTC
                    : callers.signedInUser()
                            .flatMap(SignedInUsers.SignedInUser::zone)
                            .orElse(ZoneOffset.UTC);
            formats = new Formats(locale == null ? java.util.Locale.ENGLISH : locale.getLocale(), zone);
        }
        return formats;
    }

    /**
     * A rung of a dispute's escalation ladder: the standard template's rungs are the portal's words, in the reader's
     * language; a rung people named stays as they wrote it.
     */
    public String rung(String name) {
        if (name == null) {
            return Formats.NONE;
        }
        String key = "ladder.template."
                + name.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String text = Faces.text(key);
        return text.equals(key) ? name : text;
    }

    /**
     * The evidence a procedure requires: the standard template's own text in the reader's language, what people wrote
     * as they wrote it.
     */
    public String evidence(String text) {
        return org.threepl.portal.domain.model.dispute.DisputeProcedure.STANDARD_DAMAGE_EVIDENCE.equals(text)
                ? Faces.text("evidence.template.LOSS_OR_DAMAGE")
                : text;
    }

    /** A text the portal recorded (a security event's detail, say) with its moments and days in the reader's format. */
    public String text(String recorded) {
        return formats().inText(recorded);
    }

    /**
     * A message the portal composed (a computed explanation, a task) in the reader's language and conventions; a text
     * kept from before explanations were messages shows as written, its moments and days in the reader's format.
     */
    public String say(Message message) {
        if (message == null) {
            return Formats.NONE;
        }
        if (Messages.VERBATIM.equals(message.key())) {
            return formats().inText(Messages.render(message, texts(), formats()));
        }
        return Messages.render(message, texts(), formats());
    }

    private Texts texts;

    private Texts texts() {
        if (texts == null) {
            texts = new Texts(formats().locale());
        }
        return texts;
    }

    /** A moment in the reader's zone, with the zone's name. */
    public String dateTime(Instant t) {
        return formats().dateTime(t);
    }

    /** A moment in the reader's zone, without the zone's name (a column whose heading names it). */
    public String dateTimePlain(Instant t) {
        return formats().dateTimePlain(t);
    }

    /** The local time of a place (a tracking event), from its ISO form with offset. */
    public String localTime(String isoOffsetDateTime) {
        try {
            return isoOffsetDateTime == null
                    ? Formats.NONE
                    : formats().localDateTime(java.time.ZonedDateTime.parse(isoOffsetDateTime));
        } catch (java.time.format.DateTimeParseException e) {
            return isoOffsetDateTime;
        }
    }

    public String date(LocalDate d) {
        return formats().date(d);
    }

    public String day(Instant t) {
        return formats().date(t);
    }

    public String money(BigDecimal amount, String currency) {
        return formats().money(amount, currency);
    }

    public String number(BigDecimal value) {
        return formats().number(value, 2);
    }

    public String count(long value) {
        return formats().number(value);
    }

    /** A percentage given in percent (95.3 → "95.3 %"). */
    public String percent(BigDecimal percent) {
        return formats().percent(percent, 1);
    }

    /** A share given as a fraction (0.953 → "95.3 %"). */
    public String share(BigDecimal fraction) {
        return formats().share(fraction, 1);
    }

    public String duration(long minutes) {
        return formats().duration(minutes);
    }

    /** A KPI's value in its unit ({@code kpi} the KPI's name, as views carry it). */
    public String kpi(String kpi, BigDecimal value) {
        return formats().kpi(org.threepl.portal.domain.model.sla.Kpi.valueOf(kpi), value);
    }

    /** An SLA period by its month or its week. */
    public String period(org.threepl.portal.application.sla.KpiResultView p) {
        return p == null
                ? Formats.NONE
                : formats().period(p.periodStart(), "MONTH".equals(p.term().period()));
    }

    /** A time zone as the zone picker offers it. */
    public String zoneLabel(String zoneId) {
        return formats().zoneLabel(zoneId);
    }

    /**
     * A value of a shipment's change history as a reader reads it: a window as two times, a moment, an amount, a mode
     * in words, a weight in kilograms; other fields as they were sent.
     */
    public String changeValue(String field, String value) {
        if (value == null) {
            return Formats.NONE;
        }
        try {
            switch (field) {
                case "PICKUP_WINDOW", "DELIVERY_WINDOW" -> {
                    String[] ends = value.split("/");
                    return formats().dateTime(Instant.parse(ends[0])) + " – "
                            + formats().dateTime(Instant.parse(ends[1]));
                }
                case "POD_SIGNED_AT" -> {
                    return formats().dateTime(Instant.parse(value));
                }
                case "DECLARED_VALUE" -> {
                    String[] parts = value.split(" ");
                    return formats().money(new BigDecimal(parts[0]), parts[1]);
                }
                case "TRANSPORT_MODE" -> {
                    return Faces.text("transportMode." + value);
                }
                case "WEIGHT" -> {
                    return formats().number(new BigDecimal(value), 3) + " kg";
                }
                default -> {
                    return value;
                }
            }
        } catch (RuntimeException unreadable) {
            return value; // a value recorded in another form is shown as it was recorded
        }
    }

    /** "2 days 3 h late", "45 min early", "On time" for a lateness in minutes against the end of a window. */
    public String lateness(Long minutes) {
        if (minutes == null) {
            return Faces.text("shipment.notYet");
        }
        if (minutes == 0) {
            return Faces.text("shipment.onTime");
        }
        return Faces.text(
                minutes > 0 ? "shipment.late" : "shipment.early", formats().duration(minutes));
    }

    /** The reader's time zone, as pages name it. */
    public String zone() {
        return formats().zone().getId();
    }

    /** Who acted ({@code kind} an actor kind's name, as views carry it), in the reader's language. */
    public String actor(String kind, String name) {
        return new org.threepl.portal.application.i18n.Texts(formats().locale()).actor(kind, name);
    }
}
