package org.threepl.portal.it.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * Each client's lifetime value from its own retention (its churn risk and stage), discounted, with its components
 * (issue 16, item 4): stored by the computation, read back from the snapshot, shown by the API; a lost client is worth
 * nothing more; the discount rate is a setting refused out of range.
 */
@ExtendWith(ArquillianExtension.class)
class LifetimeValueIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static JsonObject lifetime(Fixtures.Org org, String key) {
        HttpResponse<String> r = api("GET", "relationship/clients/" + org.id() + "/profile", key, null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r).getJsonObject("lifetimeValue");
    }

    private static JsonObject component(JsonObject lifetime, String kind) {
        return lifetime.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .filter(c -> kind.equals(c.getString("component")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " missing: " + lifetime));
    }

    private static BigDecimal number(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    private static Instant daysAgo(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }

    @Test
    void aClientsLifetimeValueFollowsItsOwnRetentionVolumeAndParticipation() {
        Fixtures.Org org = Fixtures.organisation("Lifetime Own Ltd");
        Fixtures.contract(org);
        Fixtures.invoice(org, null); // 1,250 revenue, 900 cost: the whole margin known
        // 12 shipments picked up in the window before (90–180 days ago), 15 in the recent one: +25 %
        for (int i = 0; i < 12; i++) {
            Fixtures.shipment(org, "LV-OLD-" + org.code() + "-" + i, daysAgo(100 + i * 5L));
        }
        for (int i = 0; i < 15; i++) {
            Fixtures.shipment(org, "LV-NEW-" + org.code() + "-" + i, daysAgo(5 + i * 4L));
        }
        // the client's system uses its key, and its administrator answered a survey
        Fixtures.Key system = Fixtures.apiKey(org, ApiScope.READ);
        assertEquals(200, api("GET", "shipments?limit=1", system.value(), null).statusCode());
        long survey = Fixtures.survey(org);
        Fixtures.update(
                "update satisfaction_survey set state = 'ANSWERED', survey_c = 1.0, answered_at = ? where id = ?",
                java.sql.Timestamp.from(daysAgo(20)),
                survey);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        RelationshipApiIT.recompute(org.id(), staff.value());
        HttpResponse<String> r = api("GET", "relationship/clients/" + org.id() + "/profile", staff.value(), null);
        JsonObject profile = json(r);
        JsonObject lt = profile.getJsonObject("lifetimeValue");
        assertFalse(lt.getBoolean("marginEstimated"), "the invoice carried its cost: " + lt);

        // a month-old client is in exploration: twice the portfolio's rate, then its own churn risk
        assertEquals("EXPLORATION", profile.getJsonObject("lifecycle").getString("stage"));
        int risk = profile.getJsonObject("lifecycle").getInt("churnRisk");
        BigDecimal churn = number(lt, "annualChurnRate");
        assertEquals(0, BigDecimal.ONE.subtract(churn).compareTo(number(lt, "annualRetention")), lt.toString());
        assertTrue(lt.getString("retentionReason").contains("twice the portfolio rate"), lt.toString());
        BigDecimal base = churn.subtract(BigDecimal.valueOf(risk).movePointLeft(2))
                .divide(BigDecimal.ONE.subtract(BigDecimal.valueOf(risk).movePointLeft(2)), 2, RoundingMode.HALF_EVEN);
        assertEquals(0, new BigDecimal("0.30").compareTo(base), "twice the default 15 %: " + lt);

        JsonObject purchase = component(lt, "PURCHASE");
        JsonObject transaction = component(lt, "TRANSACTION");
        assertEquals("MONEY", purchase.getString("measure"));
        assertEquals(
                0,
                number(purchase, "figure")
                        .multiply(new BigDecimal("0.25"))
                        .setScale(2, RoundingMode.HALF_EVEN)
                        .compareTo(number(transaction, "figure")),
                "a quarter more shipments: " + lt);
        assertTrue(transaction.getString("explanation").startsWith("15 shipments in the recent window against 12"));
        assertEquals(
                0, number(purchase, "figure").add(number(transaction, "figure")).compareTo(number(lt, "value")));
        JsonObject information = component(lt, "INFORMATION");
        assertEquals("SCORE", information.getString("measure"));
        assertEquals(100, information.getInt("figure"), information.toString());
        assertEquals("NOT_MEASURED", component(lt, "REFERRAL").getString("measure"));
        JsonObject knowledge = component(lt, "KNOWLEDGE");
        assertTrue(!knowledge.containsKey("figure") || knowledge.isNull("figure"), knowledge.toString());
        assertTrue(lt.getString("formula").startsWith("CLV = purchase value "), lt.toString());

        // stored with the snapshot, read back in a fresh transaction
        Map<String, Object> row = Fixtures.single(
                "select clv, purchase_value, transaction_value, information_score, retention_rate, discount_rate"
                        + " from relationship_snapshot where organisation_id = ? and latest = true",
                org.id());
        assertEquals(0, number(lt, "value").compareTo((BigDecimal) row.get("clv")));
        assertEquals(0, number(purchase, "figure").compareTo((BigDecimal) row.get("purchase_value")));
        assertEquals(100, ((Number) row.get("information_score")).intValue());
        assertEquals(0, new BigDecimal("0.10").compareTo((BigDecimal) row.get("discount_rate")));

        // the profile page lists every component with its figure and how it was found
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Http.WebSession session = new Http.WebSession();
        session.login(manager.username(), Fixtures.PASSWORD);
        HttpResponse<String> page = session.get("relationship.xhtml?org=" + org.id());
        assertEquals(200, page.statusCode());
        for (String shown : List.of(
                "Purchase value",
                "Transaction value",
                "Information value",
                "100 of 100 (not priced)",
                "Word of mouth",
                "not measured: the portal records no referrals",
                "Knowledge value",
                "</html>")) {
            assertTrue(page.body().contains(shown), shown + " missing: " + page.body());
        }
    }

    @Test
    void aLostClientIsWorthNothingMoreUntilWonBack() {
        Fixtures.Org org = Fixtures.organisation("Lifetime Lost Ltd");
        Fixtures.contract(org);
        Fixtures.invoice(org, null);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        RelationshipApiIT.recompute(org.id(), staff.value());
        JsonObject before = lifetime(org, staff.value());
        assertTrue(number(before, "value").signum() > 0, before.toString());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> lost = api(
                "POST",
                "relationship/clients/" + org.id() + "/loss",
                staff.value(),
                "{\"lostOn\":\"" + today + "\",\"reason\":\"PRICE\"}");
        assertEquals(201, lost.statusCode(), lost.body());
        RelationshipApiIT.recompute(org.id(), staff.value());
        JsonObject after = lifetime(org, staff.value());
        assertEquals(0, BigDecimal.ZERO.compareTo(number(after, "value")), after.toString());
        assertEquals(0, BigDecimal.ZERO.compareTo(number(after, "annualRetention")));
        assertTrue(after.getString("retentionReason").startsWith("recorded as lost"), after.toString());
    }

    @Test
    void theDiscountRateIsASettingRefusedOutOfRange() {
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        HttpResponse<String> read = api("GET", "relationship/settings", tpl.value(), null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(
                0,
                new BigDecimal("0.10").compareTo(number(json(read).getJsonObject("lifetime"), "annualDiscountRate")),
                read.body());
        String tooHigh = read.body().replaceFirst("\"annualDiscountRate\":0\\.10*", "\"annualDiscountRate\":0.6");
        assertNotEquals(read.body(), tooHigh);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> refused = api("PUT", "relationship/settings", tpl.value(), tooHigh, "If-Match", etag);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(
                "lifetime.annualDiscountRate",
                json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        String absent = read.body().replaceFirst("\"annualDiscountRate\":0\\.10*,", "");
        assertNotEquals(read.body(), absent);
        HttpResponse<String> missing = api("PUT", "relationship/settings", tpl.value(), absent, "If-Match", etag);
        assertEquals(422, missing.statusCode(), missing.body());
        assertEquals(
                "lifetime.annualDiscountRate",
                json(missing).getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
