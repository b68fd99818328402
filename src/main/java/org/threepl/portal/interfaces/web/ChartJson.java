package org.threepl.portal.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart} (as the service-level dashboard draws its trends): a line or
 * bar chart of labelled series, gaps kept where a figure is not known.
 */
final class ChartJson {

    /** One series: its label, its values (null for a gap), its colour; dashed for a reference line. */
    record Series(String label, List<? extends Number> values, String colour, boolean dashed) {
        static Series of(String label, List<? extends Number> values, String colour) {
            return new Series(label, values, colour, false);
        }
    }

    private ChartJson() {
    }

    static String line(List<String> labels, List<Series> series, Number min, Number max) {
        return chart("line", labels, series, false, min, max);
    }

    static String bar(List<String> labels, List<Series> series, boolean stacked, Number min, Number max) {
        return chart("bar", labels, series, stacked, min, max);
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean stacked, Number min, Number max) {
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
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.label()).add("data", data).add("borderColor", s.colour());
            if ("bar".equals(type)) {
                set.add("backgroundColor", s.colour());
            } else {
                set.add("tension", 0.2).add("spanGaps", true).add("pointRadius", s.values().size() > 60 ? 0 : 2);
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
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", stacked)).add("y", y))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
