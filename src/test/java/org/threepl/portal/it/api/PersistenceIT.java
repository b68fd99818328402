package org.threepl.portal.it.api;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.infrastructure.security.Pbkdf2PasswordHasher;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

/**
 * What the application writes through JPA (one request, one transaction) is what PostgreSQL holds
 * when read back on a connection of its own, and what a later request (a fresh transaction) returns.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void aContractRoundTripsWithItsMoneyTermAndServices() {
        Fixtures.Org org = Fixtures.organisation("Contract Ltd");
        Fixtures.Key integration = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> created = api("POST", "organisations/" + org.id() + "/contracts", integration.value(),
                "{\"contractNumber\":\"C-RT-" + org.code() + "\",\"startDate\":\"2026-01-01\",\"endDate\":\"2027-12-31\","
                        + "\"services\":[\"WAREHOUSING\",\"RETURNS\"],\"monthlyFee\":1234.565,\"currency\":\"JPY\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        Map<String, Object> row = Fixtures.single("select * from client_contract where id = ?", id);
        assertEquals(org.id(), ((Number) row.get("organisation_id")).longValue());
        assertEquals(0, new BigDecimal("1235").compareTo((BigDecimal) row.get("monthly_fee")), "JPY has no minor unit: rounded");
        assertEquals("JPY", row.get("currency"));
        assertEquals(Date.valueOf(LocalDate.of(2026, 1, 1)), row.get("start_date"));
        assertEquals("WAREHOUSING,RETURNS", row.get("services"), "in the services' declared order");

        JsonObject read = json(api("GET", "contracts/" + id, integration.value(), null));
        assertEquals("C-RT-" + org.code(), read.getString("contractNumber"));
        assertEquals("2027-12-31", read.getString("endDate"));
        assertEquals(0, new BigDecimal("1235").compareTo(read.getJsonNumber("monthlyFee").bigDecimalValue()));
        assertEquals(2, read.getJsonArray("services").size());
    }

    @Test
    void anInvitedUserIsStoredWithAHashedTemporaryPassword() {
        Fixtures.Org org = Fixtures.organisation("Invite Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        // people are invited by people: the organisation's admin, in the portal (an API key may not)
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(admin.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = web.get("admin/users.xhtml?org=" + org.id());
        HttpResponse<String> created = web.ajax("admin/users.xhtml?org=" + org.id(), page.body(), "create", "create:submit",
                "create%3Ausername=IVY&create%3AdisplayName=%20%20Ivy%20Invitee%20&create%3Aemail=ivy%40example.com"
                        + "&create%3Arole_input=CLIENT_ADMIN");
        assertEquals(200, created.statusCode(), created.body());
        String username = org.code().toLowerCase() + ".ivy";
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(username)
                + "[^<]*?([a-zA-Z2-9]{4}(?:-[a-zA-Z2-9]{4}){3})")
                .matcher(created.body());
        assertTrue(shown.find(), "the temporary password is shown once: " + created.body());
        String temporary = shown.group(1);

        Map<String, Object> row = Fixtures.single("select * from user_account where username = ?", username);
        long userId = ((Number) row.get("id")).longValue();
        assertEquals("Ivy Invitee", row.get("display_name"));
        assertEquals("CLIENT_ADMIN", row.get("role"));
        assertEquals(org.id(), ((Number) row.get("organisation_id")).longValue());
        assertEquals(Boolean.TRUE, row.get("password_change_required"));
        String hash = (String) row.get("password_hash");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(new Pbkdf2PasswordHasher(600_000).verify(temporary.toCharArray(), hash), "the shown password is the stored one");

        JsonObject read = json(api("GET", "organisations/" + org.id() + "/users/" + userId, key.value(), null));
        assertEquals(username, read.getString("username"), "in the organisation's namespace, in lower case");
        assertTrue(read.getBoolean("passwordChangeRequired"));
    }
}
