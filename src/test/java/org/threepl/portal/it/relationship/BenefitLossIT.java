package org.threepl.portal.it.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.Profiles;

/**
 * Benefit loss counts what a client would forfeit by leaving (issue 16, item 3): credit notes granted and not yet
 * deducted on an invoice, and rebates accrued under a volume commitment still running; never the credits already paid
 * out against a contested invoice, nor credits older than 12 months. A snapshot stored before the old proxy was retired
 * still explains itself.
 */
@ExtendWith(ArquillianExtension.class)
class BenefitLossIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static BigDecimal raw(JsonObject profile, String proxy) {
        return Profiles.contribution(profile, "BENEFIT_LOSS", proxy)
                .getJsonNumber("rawValue")
                .bigDecimalValue();
    }

    private static JsonObject profile(Fixtures.Org org, Fixtures.Key staff) {
        HttpResponse<String> r = api("GET", "relationship/clients/" + org.id() + "/profile", staff.value(), null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static void settle(long dispute, String kind, String amount, int daysAgo) {
        Fixtures.update(
                "update dispute set kind = ?, state = 'SETTLED', settled_amount = cast(? as numeric),"
                        + " credit_note_number = ?, ended_on = current_date - ? where id = ?",
                kind,
                amount,
                "CN-BL-" + dispute,
                daysAgo,
                dispute);
    }

    @Test
    void unusedCreditsAndAccruedRebatesCountWhatTheClientWouldForfeit() {
        Fixtures.Org org = Fixtures.organisation("Forfeiting Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        // a delay claim settled with a credit note of 3,000 EUR: to be deducted from a later invoice
        settle(Fixtures.dispute(org, contract), "DELAY_OR_SLA", "3000", 10);
        // a claim settled 400 days ago: outside the 12 months
        settle(Fixtures.dispute(org, contract), "LOSS_OR_DAMAGE", "7000", 400);
        // a billing dispute's credit note reduces the contested invoice itself: nothing left to forfeit
        Fixtures.Invoice invoice = Fixtures.invoice(org, null);
        String billing = Fixtures.settledDispute(org, contract, invoice, "1000");
        Fixtures.update("update dispute set ended_on = current_date - 5 where credit_note_number = ?", billing);
        // 500 EUR of credit already deducted on an invoice
        Fixtures.update(
                "insert into invoice_line (id, invoice_id, organisation_id, line_no, charge_type, description,"
                        + " amount) values (?, ?, ?, 3, 'CREDIT', 'Credit note, delay claim', -500)",
                invoice.id() * 10 + 3,
                invoice.id(),
                org.id());
        HttpResponse<String> recorded = api(
                "PUT",
                "relationship/clients/" + org.id() + "/facts",
                staff.value(),
                "{\"accruedRebates\":2000,\"accruedRebatesCurrency\":\"EUR\"}",
                "If-Match",
                "\"-1\"");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertEquals(
                0,
                new BigDecimal("2000")
                        .compareTo(
                                json(recorded).getJsonNumber("accruedRebates").bigDecimalValue()));

        RelationshipApiIT.recompute(org.id(), staff.value());
        JsonObject profile = profile(org, staff);
        assertEquals(0, new BigDecimal("2500").compareTo(raw(profile, "UNUSED_CREDITS")), profile.toString());
        assertEquals(0, new BigDecimal("2000").compareTo(raw(profile, "ACCRUED_REBATES")), profile.toString());
        assertEquals(
                0,
                Fixtures.query(
                                "select 1 from relationship_contribution c join relationship_snapshot s"
                                        + " on s.id = c.snapshot_id where s.organisation_id = ? and c.part = ?",
                                org.id(),
                                "SETTLED_CREDITS")
                        .size(),
                "the retired proxy is not measured");

        // more credit deducted than granted: nothing unused, never negative
        Fixtures.update("update invoice_line set amount = -9000 where id = ?", invoice.id() * 10 + 3);
        RelationshipApiIT.recompute(org.id(), staff.value());
        assertEquals(0, BigDecimal.ZERO.compareTo(raw(profile(org, staff), "UNUSED_CREDITS")));
    }

    @Test
    void aSnapshotFromBeforeTheRetiredProxyStillExplainsItself() {
        Fixtures.Org org = Fixtures.organisation("Older Snapshot Ltd");
        Fixtures.contract(org);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        RelationshipApiIT.recompute(org.id(), staff.value());
        // as a snapshot stored before V35 would read
        assertEquals(
                1,
                Fixtures.update(
                        "update relationship_contribution set part = 'SETTLED_CREDITS' where part = 'UNUSED_CREDITS'"
                                + " and snapshot_id = (select id from relationship_snapshot where organisation_id = ?"
                                + " and latest = true)",
                        org.id()));
        JsonObject retired = Profiles.contribution(profile(org, staff), "BENEFIT_LOSS", "SETTLED_CREDITS");
        assertEquals("MONEY", retired.getString("unit"));
        assertTrue(retired.getString("description").contains("no longer"), retired.toString());
    }

    @Test
    void negativeAccruedRebatesAreRefused() {
        Fixtures.Org org = Fixtures.organisation("Negative Rebates Ltd");
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        HttpResponse<String> r = api(
                "PUT",
                "relationship/clients/" + org.id() + "/facts",
                staff.value(),
                "{\"accruedRebates\":-1,\"accruedRebatesCurrency\":\"EUR\"}",
                "If-Match",
                "\"-1\"");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(
                "accruedRebates",
                json(r).getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
