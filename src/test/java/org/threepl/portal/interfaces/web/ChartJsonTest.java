package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    private static final String HOSTILE = "X</script><script>alert(1)</script> & \u2028\u2029 \"quoted\" <!-- 华夏";

    @Test
    void textsReachingTheInlineScriptCannotEndItOrStartAComment() {
        String json = ChartJson.bar(
                List.of(HOSTILE), List.of(ChartJson.Series.of(HOSTILE, List.of(1), "#000000")), false, 0, null);
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
        // and a JSON reader gets the very same texts back
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals(HOSTILE, chart.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals(
                HOSTILE,
                chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getString("label"));
    }

    @Test
    void lineChartsKeepGapsAndDashTheReferenceLine() {
        String json = ChartJson.line(
                List.of("Jan", "Feb"),
                List.of(
                        ChartJson.Series.of("actual", Arrays.asList(1, null), "#111111"),
                        new ChartJson.Series("target", List.of(2, 2), "#222222", true)),
                null,
                null);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        var sets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("null", sets.getJsonObject(0).getJsonArray("data").get(1).toString());
        assertEquals(2, sets.getJsonObject(1).getJsonArray("borderDash").size());
    }
}
