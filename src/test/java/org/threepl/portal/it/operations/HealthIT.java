package org.threepl.portal.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * The three health endpoints of the test server, as an orchestrator reads them: started once the schema is migrated (at
 * the version the database records), alive while the job timers run, ready while the database answers.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static Map<String, JsonObject> checks(String path) {
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(Http.testServer().resolve("/health/" + path))
                        .build());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
        assertEquals("UP", body.getString("status"), r.body());
        return body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    }

    @Test
    void startedNamesTheSchemaVersionTheDatabaseRecords() {
        JsonObject schema = checks("started").get("schema");
        String latest = (String)
                Fixtures.single("select version from flyway_schema_history where success order by installed_rank desc "
                                + "limit 1")
                        .get("version");
        assertEquals("UP", schema.getString("status"), schema.toString());
        assertEquals(latest, schema.getJsonObject("data").getString("version"));
    }

    @Test
    void aliveWithEveryJobTimerRunningAndReadyWithTheDatabase() {
        JsonObject jobs = checks("live").get("jobs");
        assertEquals("UP", jobs.getString("status"), jobs.toString());
        assertEquals("", jobs.getJsonObject("data").getString("stopped"));
        assertEquals("UP", checks("ready").get("database").getString("status"));
    }
}
