package org.threepl.portal.it.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * A client is not recommended below its tier on the first day it falls short (issue 16, item 7): the snapshot keeps the
 * day the shortfall began, the next computation reads it back, and once the shortfall has lasted the settings' days the
 * recommendation moves down. The stability settings are refused by field when out of bounds.
 */
@ExtendWith(ArquillianExtension.class)
class TierStabilityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static JsonObject recommendation(Fixtures.Org org, Fixtures.Key staff) {
        HttpResponse<String> r = api("GET", "relationship/clients/" + org.id() + "/profile", staff.value(), null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r).getJsonObject("recommendation");
    }

    @Test
    void aPreferredClientFallingShortIsKeptUntilTheShortfallHasLastedThirtyDays() {
        Fixtures.Org org = Fixtures.organisation("Slipping Ltd");
        Fixtures.contract(org);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        // preferred since last year; nothing measured now earns more than transactional
        Fixtures.update(
                "insert into client_tier (organisation_id, tier_code, since, dispute_priority, version)"
                        + " values (?, 'PREFERRED', ?, 1, 0)",
                org.id(),
                Timestamp.from(Instant.now().minusSeconds(400L * 86400)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        RelationshipApiIT.recompute(org.id(), staff.value());
        JsonObject first = recommendation(org, staff);
        assertEquals("PREFERRED", first.getString("currentTier"));
        assertEquals("TRANSACTIONAL", first.getString("earnedTier"));
        assertEquals("PREFERRED", first.getString("recommendedTier"), first.toString());
        assertEquals("TOO_SHORT", first.getString("hold"));
        assertEquals(today.toString(), first.getString("shortSince"));
        assertEquals(today.plusDays(30).toString(), first.getString("downgradeOn"));

        // as if the shortfall had begun 40 days ago: the next run reads the day back from the stored snapshot
        assertEquals(
                1,
                Fixtures.update(
                        "update relationship_snapshot set tier_short_since = current_date - 40"
                                + " where organisation_id = ? and latest = true",
                        org.id()));
        RelationshipApiIT.recompute(org.id(), staff.value());
        JsonObject lasted = recommendation(org, staff);
        assertEquals("TRANSACTIONAL", lasted.getString("recommendedTier"), lasted.toString());
        assertEquals("NONE", lasted.getString("hold"));
        assertEquals(today.minusDays(40).toString(), lasted.getString("shortSince"));
        assertEquals(
                "TRANSACTIONAL",
                Fixtures.single(
                                "select recommended_tier from relationship_snapshot where organisation_id = ?"
                                        + " and latest = true",
                                org.id())
                        .get("recommended_tier"),
                "the stored snapshot, which the portfolio lists, says the same");

        // the tier changed since the snapshot (an approval): the profile reads the tier now, and the shortfall the
        // snapshot dated for the old tier does not carry over to the new one
        Fixtures.update("update client_tier set tier_code = 'STRATEGIC_PARTNER' where organisation_id = ?", org.id());
        JsonObject moved = recommendation(org, staff);
        assertEquals("STRATEGIC_PARTNER", moved.getString("currentTier"), moved.toString());
        assertEquals(today.toString(), moved.getString("shortSince"), moved.toString());
    }

    @Test
    void stabilitySettingsOutOfBoundsAreRefusedByField() {
        Fixtures.Key ops = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        HttpResponse<String> read = api("GET", "relationship/settings", ops.value(), null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject stability = json(read).getJsonObject("tierStability");
        assertEquals(30, stability.getInt("downgradeAfterDays"));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String wideMargin = read.body().replaceFirst("\"holdMargin\":0\\.02(00)?", "\"holdMargin\":0.5");
        HttpResponse<String> refused = api("PUT", "relationship/settings", ops.value(), wideMargin, "If-Match", etag);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(
                "tierStability.holdMargin",
                json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        String noDays = read.body()
                .replaceFirst("\"downgradeAfterDays\":30,", "")
                .replaceFirst(",\"downgradeAfterDays\":30", "");
        HttpResponse<String> missing = api("PUT", "relationship/settings", ops.value(), noDays, "If-Match", etag);
        assertEquals(422, missing.statusCode(), missing.body());
        assertEquals(
                "tierStability.downgradeAfterDays",
                json(missing).getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
