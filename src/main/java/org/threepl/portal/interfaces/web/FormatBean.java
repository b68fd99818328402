package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats for pages: times in UTC with the zone named, so that every reader sees the same instant; who
 * acted, with an API key marked as one, so that a key named like a person does not pass for them.
 */
@Named("fmt")
@ApplicationScoped
public class FormatBean {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String utc(Instant instant) {
        return instant == null ? "—" : UTC.format(instant);
    }

    /** Who acted ({@code kind} an actor kind's name, as views carry it), in the reader's language. */
    public String actor(String kind, String name) {
        if (name == null) {
            return "—";
        }
        String key = actorKey(kind);
        return key == null ? name : Faces.text(key, name);
    }

    /** The text that marks an actor of this kind ("API key “{0}”"); none for a person or a record older than typed actors. */
    static String actorKey(String kind) {
        return "CREDENTIAL".equals(kind) || "SYSTEM".equals(kind) ? "actor." + kind : null;
    }
}
