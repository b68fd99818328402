package org.threepl.portal.domain.model.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A text to be written in its reader's language and time zone, kept as a key of the portal's bundles and typed
 * arguments rather than as finished English: a notification or an e-mail is composed once and read by people who speak
 * different languages and live in different zones. Arguments keep their kind (a day, a moment, an amount, a KPI's
 * value, a term of the bundles, another message) so that each reader sees them in their own conventions.
 */
public record Message(String key, List<Arg> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("A message key is 1 to 100 characters");
        }
        args = List.copyOf(args);
    }

    public static Message of(String key, Arg... args) {
        return new Message(key, List.of(args));
    }

    /** One argument of a message. */
    public sealed interface Arg permits Text, Term, Day, Month, Moment, Amount, KpiFigure, Count, Nested {}

    /** Shown as it is: a name, a claim number, what a person wrote. */
    public record Text(String value) implements Arg {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** A text of the bundles itself (the name of a KPI, a state, a tier). */
    public record Term(String key) implements Arg {
        public Term {
            Objects.requireNonNull(key, "key");
        }
    }

    public record Day(LocalDate value) implements Arg {
        public Day {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A calendar month, given by any of its days. */
    public record Month(LocalDate value) implements Arg {
        public Month {
            Objects.requireNonNull(value, "value");
        }
    }

    public record Moment(Instant value) implements Arg {
        public Moment {
            Objects.requireNonNull(value, "value");
        }
    }

    public record Amount(BigDecimal value, String currency) implements Arg {
        public Amount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** A KPI's value in its unit ({@code kpi} the KPI's name). */
    public record KpiFigure(String kpi, BigDecimal value) implements Arg {
        public KpiFigure {
            Objects.requireNonNull(kpi, "kpi");
        }
    }

    public record Count(BigDecimal value) implements Arg {
        public Count {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Another message, written in the same language (an optional sentence, a list of lines). */
    public record Nested(Message message) implements Arg {
        public Nested {
            Objects.requireNonNull(message, "message");
        }
    }

    public static Arg text(String value) {
        return new Text(value);
    }

    public static Arg term(String key) {
        return new Term(key);
    }

    public static Arg term(String prefix, Enum<?> value) {
        return new Term(prefix + value.name());
    }

    public static Arg day(LocalDate value) {
        return new Day(value);
    }

    public static Arg month(LocalDate anyDay) {
        return new Month(anyDay);
    }

    public static Arg moment(Instant value) {
        return new Moment(value);
    }

    public static Arg amount(BigDecimal value, String currency) {
        return new Amount(value, currency);
    }

    public static Arg amount(Money money) {
        return new Amount(money.amount(), money.currency().getCurrencyCode());
    }

    public static Arg kpi(String kpi, BigDecimal value) {
        return new KpiFigure(kpi, value);
    }

    public static Arg count(long value) {
        return new Count(BigDecimal.valueOf(value));
    }

    public static Arg count(BigDecimal value) {
        return new Count(value);
    }

    public static Arg nested(Message message) {
        return new Nested(message);
    }

    /** Explanations one after another ("a; b; c"); an empty text for none. */
    public static Message list(List<Message> parts) {
        Message m = parts.isEmpty() ? Message.of("explain.verbatim", none()) : parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            m = Message.of("explain.list", nested(parts.get(i)), nested(m));
        }
        return m;
    }

    /** An empty text: for a sentence left out. */
    public static Arg none() {
        return new Text("");
    }
}
