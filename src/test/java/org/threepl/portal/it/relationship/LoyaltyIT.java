package org.threepl.portal.it.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.relationship.RelationshipLevel;
import org.threepl.portal.domain.model.relationship.RelationshipStrategy;
import org.threepl.portal.domain.model.relationship.ValueSegment;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * Each computation reads a client's loyalty type and relationship level and stores them with their rules; the profile,
 * the portfolio and the strategy matrix show them (issue 16, item 5). An account manager's matrix counts its own
 * clients only.
 */
@ExtendWith(ArquillianExtension.class)
class LoyaltyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static JsonObject loyalty(Fixtures.Org org, String key) {
        HttpResponse<String> r = api("GET", "relationship/clients/" + org.id() + "/profile", key, null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r).getJsonObject("loyalty");
    }

    private static String segment(Fixtures.Org org, String key) {
        return json(api("GET", "relationship/clients/" + org.id() + "/profile", key, null))
                .getJsonObject("value")
                .getString("segment");
    }

    @Test
    void theLevelRisesWithTheContactsLoggedAndTheProfileExplainsIt() {
        Fixtures.Org org = Fixtures.organisation("Loyalty Read Ltd");
        Fixtures.contract(org);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        RelationshipApiIT.recompute(org.id(), staff.value());
        JsonObject first = loyalty(org, staff.value());
        assertEquals("BASIC", first.getString("level"), first.toString());
        assertTrue(first.getString("levelReason").startsWith("no account manager"), first.toString());
        assertEquals("UNDETERMINED", first.getString("type"), "no satisfaction measured: " + first);
        assertEquals(false, first.getBoolean("atRisk"));
        assertEquals(
                RelationshipStrategy.of(ValueSegment.valueOf(segment(org, staff.value())), RelationshipLevel.BASIC)
                        .name(),
                first.getString("strategy"));
        assertEquals(
                "BASIC",
                Fixtures.single(
                                "select relationship_level from relationship_snapshot where organisation_id = ?"
                                        + " and latest = true",
                                org.id())
                        .get("relationship_level"));

        // a call logged: someone answers when the client calls
        assertEquals(
                201,
                api(
                                "POST",
                                "relationship/clients/" + org.id() + "/contacts",
                                staff.value(),
                                "{\"kind\":\"CALL\",\"summary\":\"Asked about a late delivery\"}")
                        .statusCode());
        RelationshipApiIT.recompute(org.id(), staff.value());
        JsonObject after = loyalty(org, staff.value());
        assertEquals("REACTIVE", after.getString("level"), after.toString());

        // the portfolio lists the client with both
        JsonObject page = json(api("GET", "relationship/portfolio?limit=500&sort=NAME", staff.value(), null));
        JsonObject entry = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("organisationId").longValue() == org.id())
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in the portfolio: " + page));
        assertEquals("REACTIVE", entry.getString("relationshipLevel"));
        assertEquals("UNDETERMINED", entry.getString("loyaltyType"));
        assertEquals(after.getString("strategy"), entry.getString("strategy"));
    }

    @Test
    void anAccountManagersStrategyMatrixCountsItsOwnClients() {
        Fixtures.Org mine = Fixtures.organisation("Matrix Mine Ltd");
        Fixtures.contract(mine);
        Fixtures.Org other = Fixtures.organisation("Matrix Other Ltd");
        Fixtures.contract(other);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        RelationshipApiIT.recompute(mine.id(), staff.value());
        RelationshipApiIT.recompute(other.id(), staff.value());
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, mine);
        RelationshipApiIT.recompute(mine.id(), staff.value());

        JsonObject all = json(api("GET", "relationship/portfolio/strategy-matrix", staff.value(), null));
        assertEquals(4, all.getJsonArray("quadrants").size());
        long sum = all.getJsonArray("quadrants").getValuesAs(JsonObject.class).stream()
                .mapToLong(q -> q.getJsonNumber("clients").longValue())
                .sum();
        assertEquals(all.getJsonNumber("clients").longValue(), sum);
        assertTrue(sum >= 2, all.toString());

        org.threepl.portal.it.support.Http.WebSession session = new org.threepl.portal.it.support.Http.WebSession();
        session.login(manager.username(), Fixtures.PASSWORD);
        HttpResponse<String> page = session.get("portfolio.xhtml");
        assertEquals(200, page.statusCode());
        String strategy = loyalty(mine, staff.value()).getString("strategy");
        // the manager's page counts its one client, in its quadrant, and nobody else's
        assertTrue(page.body().contains("strategy-" + strategy + " cell-filled"), page.body());
        assertEquals(
                1,
                java.util.regex.Pattern.compile("strategy-[A-Z_]+ cell-filled")
                        .matcher(page.body())
                        .results()
                        .count(),
                "one quadrant filled");
        assertTrue(page.body().contains(">Clients: 1<"), page.body());
    }
}
