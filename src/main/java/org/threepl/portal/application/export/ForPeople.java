package org.threepl.portal.application.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Texts;

/**
 * The cells of a file made for one reader, as the pages show them: headers from the bundles, codes and enums by their
 * names in the reader's language, moments in the reader's zone, money with its currency, counts grouped. What is not
 * known is an empty cell (a spreadsheet filters and sorts those better than a dash). Services map each row through this
 * as it passes, so a streamed export stays streamed.
 */
public final class ForPeople {

    /** The spreadsheet's format of a count. */
    static final String COUNT_FORMAT = "#,##0";

    private final Formats formats;
    private final Texts texts;

    public ForPeople(Formats formats) {
        this(formats, new Texts(formats.locale()));
    }

    public ForPeople(Formats formats, Texts texts) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Formats formats() {
        return formats;
    }

    public Texts texts() {
        return texts;
    }

    /** The headers named by these bundle keys, in order. */
    public List<String> headers(String... keys) {
        return Arrays.stream(keys).map(texts::text).toList();
    }

    /** A text of the bundles, its arguments filled in. */
    public String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** An enum's name in the reader's language ({@code shipmentStatus.} + DELIVERED → "已送达"); none is an empty cell. */
    public String term(String prefix, Enum<?> value) {
        return value == null ? null : texts.term(prefix, value);
    }

    /** A code's name in the reader's language ({@code dispute.state.} + "SETTLED"); none is an empty cell. */
    public String term(String prefix, String code) {
        return code == null || code.isEmpty() ? null : texts.term(prefix, code);
    }

    public Shown.Moment moment(Instant t) {
        return t == null ? null : new Shown.Moment(t, formats);
    }

    public String date(LocalDate day) {
        return day == null ? null : formats.date(day);
    }

    public Shown.Figure count(Number n) {
        return n == null ? null : new Shown.Figure(n, formats.number(n.longValue()), COUNT_FORMAT);
    }

    /** An amount with its currency, to the currency's minor unit ("€600.00"). */
    public Shown.Figure money(BigDecimal amount, String currency) {
        return amount == null
                ? null
                : new Shown.Figure(amount, formats.money(amount, currency), formats.spreadsheetMoney(currency));
    }

    public String yesNo(boolean value) {
        return texts.text(value ? "export.yes" : "export.no");
    }

    /** Who acted: a person by name, an API key or the portal itself marked as such. */
    public String actor(String kind, String name) {
        return name == null ? null : texts.actor(kind, name);
    }

    /** A text the portal recorded with moments or days in it, those written in the reader's zone and format. */
    public String recorded(String text) {
        return text == null ? null : formats.inText(text);
    }

    /** The line under a document's title: when it was made, in the reader's zone. */
    public String madeOn(Instant now) {
        return texts.text("report.madeOn", formats.dateTime(now));
    }
}
