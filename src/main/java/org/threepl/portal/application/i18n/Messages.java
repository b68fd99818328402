package org.threepl.portal.application.i18n;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.sla.Kpi;

/**
 * {@link Message}s written for one reader (in their language and zone), and kept as rows: the arguments as a JSON array
 * of one-member objects ({@code [{"text":"Acme"},{"day":"2026-11-01"},{"amount":"12.50","currency":"EUR"}]}).
 */
public final class Messages {

    private Messages() {}

    /** The message in the reader's language, its arguments in their conventions and zone. */
    public static String render(Message m, Texts texts, Formats formats) {
        Object[] values = new Object[m.args().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = render(m.args().get(i), texts, formats);
        }
        return texts.text(m.key(), values);
    }

    private static String render(Message.Arg arg, Texts texts, Formats formats) {
        if (arg instanceof Message.Text t) {
            return t.value();
        } else if (arg instanceof Message.Term t) {
            return texts.text(t.key());
        } else if (arg instanceof Message.Day d) {
            return formats.date(d.value());
        } else if (arg instanceof Message.Month d) {
            return formats.month(d.value());
        } else if (arg instanceof Message.Moment t) {
            return formats.dateTime(t.value());
        } else if (arg instanceof Message.Amount a) {
            return formats.money(a.value(), a.currency());
        } else if (arg instanceof Message.KpiFigure k) {
            return formats.kpi(Kpi.valueOf(k.kpi()), k.value());
        } else if (arg instanceof Message.Count c) {
            return formats.number(c.value(), 2);
        } else {
            return render(((Message.Nested) arg).message(), texts, formats);
        }
    }

    /** The arguments as JSON. */
    public static String writeArgs(Message m) {
        return array(m.args()).toString();
    }

    private static JsonArray array(List<Message.Arg> args) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Message.Arg arg : args) {
            if (arg instanceof Message.Text t) {
                a.add(Json.createObjectBuilder().add("text", t.value()));
            } else if (arg instanceof Message.Term t) {
                a.add(Json.createObjectBuilder().add("term", t.key()));
            } else if (arg instanceof Message.Day d) {
                a.add(Json.createObjectBuilder().add("day", d.value().toString()));
            } else if (arg instanceof Message.Month d) {
                a.add(Json.createObjectBuilder().add("month", d.value().toString()));
            } else if (arg instanceof Message.Moment t) {
                a.add(Json.createObjectBuilder().add("moment", t.value().toString()));
            } else if (arg instanceof Message.Amount m) {
                a.add(Json.createObjectBuilder()
                        .add("amount", m.value().toPlainString())
                        .add("currency", m.currency()));
            } else if (arg instanceof Message.KpiFigure k) {
                var o = Json.createObjectBuilder().add("kpi", k.kpi());
                a.add(
                        k.value() == null
                                ? o.addNull("value")
                                : o.add("value", k.value().toPlainString()));
            } else if (arg instanceof Message.Count c) {
                a.add(Json.createObjectBuilder().add("count", c.value().toPlainString()));
            } else {
                Message n = ((Message.Nested) arg).message();
                a.add(Json.createObjectBuilder().add("message", n.key()).add("args", array(n.args())));
            }
        }
        return a.build();
    }

    /** The message as one JSON text ({@code {"key":…,"args":[…]}}), for a column that keeps a computed explanation. */
    public static String write(Message m) {
        return Json.createObjectBuilder()
                .add("key", m.key())
                .add("args", array(m.args()))
                .build()
                .toString();
    }

    /**
     * A message from what {@link #write} wrote; a text written before explanations were kept as messages (plain
     * English) comes back as itself, shown as it was written.
     */
    public static Message read(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("{\"key\"")) {
            try (var reader = Json.createReader(new StringReader(stored))) {
                JsonObject o = reader.readObject();
                return new Message(o.getString("key"), args(o.getJsonArray("args")));
            } catch (RuntimeException e) {
                // not ours after all: shown as written
            }
        }
        return Message.of(VERBATIM, Message.text(stored));
    }

    /** The key of a text shown as it was written. */
    public static final String VERBATIM = "explain.verbatim";

    /** A message read back from its key and the JSON of its arguments. */
    public static Message read(String key, String argsJson) {
        try (var reader =
                Json.createReader(new StringReader(argsJson == null || argsJson.isBlank() ? "[]" : argsJson))) {
            return new Message(key, args(reader.readArray()));
        }
    }

    private static List<Message.Arg> args(JsonArray array) {
        List<Message.Arg> args = new ArrayList<>();
        for (JsonValue v : array) {
            JsonObject o = v.asJsonObject();
            if (o.containsKey("text")) {
                args.add(Message.text(o.getString("text")));
            } else if (o.containsKey("term")) {
                args.add(Message.term(o.getString("term")));
            } else if (o.containsKey("day")) {
                args.add(Message.day(LocalDate.parse(o.getString("day"))));
            } else if (o.containsKey("month")) {
                args.add(Message.month(LocalDate.parse(o.getString("month"))));
            } else if (o.containsKey("moment")) {
                args.add(Message.moment(Instant.parse(o.getString("moment"))));
            } else if (o.containsKey("amount")) {
                args.add(Message.amount(new BigDecimal(o.getString("amount")), o.getString("currency")));
            } else if (o.containsKey("kpi")) {
                args.add(Message.kpi(
                        o.getString("kpi"), o.isNull("value") ? null : new BigDecimal(o.getString("value"))));
            } else if (o.containsKey("count")) {
                args.add(Message.count(new BigDecimal(o.getString("count"))));
            } else if (o.containsKey("message")) {
                args.add(Message.nested(new Message(o.getString("message"), args(o.getJsonArray("args")))));
            } else {
                throw new IllegalArgumentException("Unknown message argument " + o);
            }
        }
        return args;
    }
}
