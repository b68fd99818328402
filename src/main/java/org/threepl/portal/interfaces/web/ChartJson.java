package org.threepl.portal.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}: a line or bar chart of labelled series, gaps kept where a figure is not
 * known. The only builder of chart JSON in the portal.
 *
 * <p>PrimeFaces writes the configuration into an inline script, so it is encoded for that context as well as for JSON:
 * {@code <}, {@code >}, {@code &} and the two line separators JavaScript treats as line ends are written as JSON
 * unicode escapes (backslash, u, four hex digits) (JSON-P leaves them raw). A client named {@code </script><script>…}
 * thus stays text in the chart's legend; JSON parsers read the same strings back.
 */
final class ChartJson {

    /** One series: its label, its values (null for a gap), its colour; dashed for a reference line. */
    record Series(String label, List<? extends Number> values, String colour, boolean dashed) {
        static Series of(String label, List<? extends Number> values, String colour) {
            return new Series(label, values, colour, false);
        }
    }

    private ChartJson() {}

    static String line(List<String> labels, List<Series> series, Number min, Number max) {
        return chart("line", labels, series, false, min, max);
    }

    static String bar(List<String> labels, List<Series> series, boolean stacked, Number min, Number max) {
        return chart("bar", labels, series, stacked, min, max);
    }

    private static String chart(
            String type, List<String> labels, List<Series> series, boolean stacked, Number min, Number max) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number n : s.values()) {
                if (n == null) {
                    data.addNull();
                } else if (n instanceof BigDecimal b) {
                    data.add(b);
                } else {
                    data.add(n.longValue());
                }
            }
            JsonObjectBuilder set = Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data)
                    .add("borderColor", s.colour());
            if ("bar".equals(type)) {
                set.add("backgroundColor", s.colour());
            } else {
                set.add("tension", 0.2)
                        .add("spanGaps", true)
                        .add("pointRadius", s.values().size() > 60 ? 0 : 2);
            }
            if (s.dashed()) {
                set.add("borderDash", Json.createArrayBuilder().add(4).add(4)).add("pointRadius", 0);
            }
            sets.add(set);
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("stacked", stacked);
        if (min != null) {
            y.add("min", min.doubleValue());
        }
        if (max != null) {
            y.add("max", max.doubleValue());
        }
        return forScript(Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", stacked))
                                                .add("y", y))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))))
                .build()
                .toString());
    }

    /** JSON made safe inside an HTML script element (outside strings, JSON has none of these characters). */
    static String forScript(String json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
