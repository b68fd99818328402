package org.threepl.portal.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * The imports page tells the truth: an import's outcome in words, errors by the file's line and column, the template of
 * each kind's file, and the rejected lines as a file; those files for operations admins only.
 */
@ExtendWith(ArquillianExtension.class)
class ImportFilesIT {

    private static final String TIMES =
            "2026-11-03T08:00:00Z,2026-11-03T09:00:00Z,2026-12-01T08:00:00Z,2026-12-01T09:00:00Z";
    private static final String HEADER = "Organisation,Reference,Origin,Destination,Transport_Mode,Service_Level,"
            + "Pickup_From,Pickup_To,Delivery_From,Delivery_To,Ordered_Quantity";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static Http.WebSession signedIn(Fixtures.User user) {
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode());
        return web;
    }

    /** Uploads a file on the imports page as its form does; the import's id, once it has ended. */
    private static long importFile(Http.WebSession web, String fileName, String content) {
        HttpResponse<String> page = web.get("ops/imports.xhtml");
        assertEquals(200, page.statusCode());
        Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page.body());
        assertTrue(input.find(), "a file input on the page");
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
        assertTrue(name.find(), input.group());
        Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page.body());

        String boundary = "----portal" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "importForm_SUBMIT", "1");
        field(body, boundary, "importForm:kind", "SHIPMENTS");
        field(body, boundary, "importForm:submit", "");
        field(body, boundary, "jakarta.faces.ViewState", Http.WebSession.viewState(page));
        if (nonce.find()) {
            field(body, boundary, "primefaces.nonce", nonce.group(1));
        }
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.group(1) + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n");
        HttpResponse<String> posted = Http.send(
                Http.clientWithCookies(web.cookies()),
                HttpRequest.newBuilder(Http.testServer().resolve("ops/imports.xhtml"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build());
        assertEquals(302, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElse("");
        Matcher job = Pattern.compile("job=(\\d+)").matcher(location);
        assertTrue(job.find(), location);
        long id = Long.parseLong(job.group(1));
        long until = System.currentTimeMillis() + 60_000;
        while (!List.of("DONE", "FAILED")
                .contains(String.valueOf(Fixtures.single("select status from import_job where id = ?", id)
                        .get("status")))) {
            assertTrue(System.currentTimeMillis() < until, "import " + id + " did not end");
            sleep();
        }
        return id;
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String csv(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                r.headers().toString());
        String body = r.body();
        return body.startsWith("\ufeff") ? body.substring(1) : body;
    }

    @Test
    void anImportWhoseEveryLineIsRejectedSaysItFailedAndGivesTheLinesBackWithTheirErrors() {
        Fixtures.Org org = Fixtures.organisation("Rejected Ltd");
        Http.WebSession ops = signedIn(Fixtures.staff(Role.OPS_ADMIN));
        long job = importFile(
                ops,
                "all-wrong.csv",
                HEADER + "\n"
                        + org.code() + ",RJ-1,Shanghai,Hamburg,HOVERCRAFT,STANDARD," + TIMES + ",5\n"
                        + org.code() + ",RJ-2,=cmd|' /C calc'!A0,Hamburg,SEA,STANDARD," + TIMES + ",lots\n");
        assertEquals(
                0,
                Fixtures.query("select 1 from shipment where organisation_id = ?", org.id())
                        .size());

        String page = ops.get("ops/imports.xhtml?job=" + job).body();
        assertTrue(page.contains("Failed: nothing was stored"), "an import that stored nothing does not look finished");
        assertTrue(
                page.contains("import-bar-FAILED") && page.contains("ui-tag-danger"),
                "the bar and the tag say it in colour");
        assertFalse(page.contains(">Finished<"), page);
        assertTrue(
                page.contains("Transport_Mode") && page.contains("Ordered_Quantity"),
                "errors name the file's columns as written");
        assertFalse(page.contains("transportMode"), "no API field names");
        assertTrue(page.contains("ops/import-rejected.xhtml?job=" + job), "the rejected lines can be downloaded");

        List<String> lines =
                csv(ops.get("ops/import-rejected.xhtml?job=" + job)).lines().toList();
        assertEquals(HEADER + ",error", lines.get(0));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith(org.code() + ",RJ-1,Shanghai,Hamburg,HOVERCRAFT,STANDARD,"), lines.get(1));
        assertTrue(
                lines.get(1).contains(",\"line 2, column Transport_Mode: ")
                        && lines.get(1).contains("HOVERCRAFT"),
                lines.get(1));
        assertTrue(
                lines.get(2).contains(",'=cmd|' /C calc'!A0,"),
                "a formula is defused as in every export: " + lines.get(2));
        assertTrue(
                lines.get(2).endsWith(",\"line 3, column Ordered_Quantity: Not a whole number: lots\""), lines.get(2));

        String latest = ops.get("ops/imports.xhtml").body();
        assertTrue(
                latest.contains("all-wrong.csv") && latest.contains("Failed: nothing was stored"),
                "the list says it too");
    }

    @Test
    void anImportWithSomeRejectedLinesFinishesWithErrorsAndOneWithoutSimplyFinishes() {
        Fixtures.Org org = Fixtures.organisation("Partly Ltd");
        Http.WebSession ops = signedIn(Fixtures.staff(Role.OPS_ADMIN));
        long partly = importFile(
                ops,
                "partly.csv",
                HEADER + "\n"
                        + org.code() + ",PT-1,Shanghai,Hamburg,SEA,STANDARD," + TIMES + ",5\n"
                        + org.code() + ",PT-2,Shanghai,Hamburg,HOVERCRAFT,STANDARD," + TIMES + ",5\n");
        String page = ops.get("ops/imports.xhtml?job=" + partly).body();
        assertTrue(page.contains("Finished with errors: some lines were rejected"), page);
        assertTrue(
                page.contains("import-bar-FINISHED_WITH_ERRORS") && page.contains("ui-tag-warning"),
                "orange, not blue");
        List<String> lines =
                csv(ops.get("ops/import-rejected.xhtml?job=" + partly)).lines().toList();
        assertEquals(2, lines.size(), "only the rejected line: " + lines);
        assertTrue(
                lines.get(1).contains("PT-2") && lines.get(1).contains("line 3, column Transport_Mode: "),
                lines.get(1));

        long clean = importFile(
                ops, "clean.csv", HEADER + "\n" + org.code() + ",PT-3,Shanghai,Hamburg,SEA,STANDARD," + TIMES + ",5\n");
        String done = ops.get("ops/imports.xhtml?job=" + clean).body();
        assertTrue(done.contains("Finished: every line stored") && done.contains("ui-tag-success"), done);
        assertFalse(done.contains("ops/import-rejected.xhtml?job=" + clean), "nothing to download");
        assertEquals(404, ops.get("ops/import-rejected.xhtml?job=" + clean).statusCode(), "no rejected lines");
        assertEquals(404, ops.get("ops/import-rejected.xhtml?job=987654321").statusCode(), "no such import");
    }

    @Test
    void theTemplatesNameEveryColumnTheImportReadsAndAreLinkedFromThePage() {
        Http.WebSession ops = signedIn(Fixtures.staff(Role.OPS_ADMIN));
        String page = ops.get("ops/imports.xhtml").body();
        assertTrue(
                page.contains("ops/import-template.xhtml?kind=SHIPMENTS")
                        && page.contains("ops/import-template.xhtml?kind=EVENTS"),
                page);

        HttpResponse<String> shipments = ops.get("ops/import-template.xhtml?kind=SHIPMENTS");
        assertTrue(shipments
                .headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("shipments-import-template.csv"));
        List<String> lines = csv(shipments).lines().toList();
        assertEquals(
                "organisation,reference,shipment_number,origin,destination,transport_mode,service_level,pick"
                        + "up_from,pickup_to,"
                        + "delivery_from,delivery_to,ordered_quantity,weight_kg,declared_value,currency",
                lines.get(0));
        assertEquals(2, lines.size(), "the header and one example line");

        List<String> events =
                csv(ops.get("ops/import-template.xhtml?kind=EVENTS")).lines().toList();
        assertEquals(
                "organisation,shipment_reference,event_id,source_system,status_code,reason_code,occurred_at,"
                        + "zone,location",
                events.get(0));
        assertEquals(404, ops.get("ops/import-template.xhtml?kind=INVOICES").statusCode());
    }

    @Test
    void noOneButOperationsAdminsGetsTheImportsFiles() {
        Fixtures.Org org = Fixtures.organisation("Curious Importer Ltd");
        Http.WebSession ops = signedIn(Fixtures.staff(Role.OPS_ADMIN));
        long job = importFile(
                ops,
                "secret.csv",
                HEADER + "\n" + org.code() + ",SC-1,Shanghai,Hamburg,HOVERCRAFT,STANDARD," + TIMES + ",5\n");
        assertEquals(200, ops.get("ops/import-rejected.xhtml?job=" + job).statusCode());

        Fixtures.Org other = Fixtures.organisation("Other Importer Ltd");
        for (Fixtures.User user : List.of(
                Fixtures.clientUser(other, Role.CLIENT_ADMIN),
                Fixtures.clientUser(org, Role.CLIENT_ADMIN),
                Fixtures.clientUser(org, Role.CLIENT_USER),
                Fixtures.staff(Role.ACCOUNT_MANAGER))) {
            Http.WebSession web = signedIn(user);
            HttpResponse<String> rejected = web.get("ops/import-rejected.xhtml?job=" + job);
            assertEquals(403, rejected.statusCode(), user.username());
            assertFalse(rejected.body().contains("SC-1"), "nothing of the file");
            assertEquals(
                    403, web.get("ops/import-template.xhtml?kind=SHIPMENTS").statusCode(), user.username());
        }
        HttpResponse<String> anonymous = new Http.WebSession().get("ops/import-rejected.xhtml?job=" + job);
        assertEquals(302, anonymous.statusCode(), "to the sign-in page");
    }
}
