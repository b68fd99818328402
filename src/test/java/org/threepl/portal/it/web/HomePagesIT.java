package org.threepl.portal.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * The home pages count what they say, for the reader's organisations only, and link to the lists behind the figures;
 * the header's search goes straight to a shipment or to the list of those it starts; the signed delivery note is served
 * in place only for types a browser may show.
 */
@ExtendWith(ArquillianExtension.class)
class HomePagesIT {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 8_000_000_000L);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void aClientsHomeCountsItsOwnShipmentsExceptionsDisputesInvoicesAndAlerts() {
        Fixtures.Org org = Fixtures.organisation("Home");
        Fixtures.Org other = Fixtures.organisation("Elsewhere");
        Fixtures.Contract contract = Fixtures.contract(org);
        Instant pickup = Instant.now().minus(1, ChronoUnit.DAYS);
        Fixtures.Shipment moving = Fixtures.shipment(org, "HOME-MOVING", pickup);
        Fixtures.Shipment delayed = Fixtures.shipment(org, "HOME-DELAYED", pickup);
        Fixtures.Shipment deliveredLate = Fixtures.shipment(org, "HOME-DELIVERED", pickup);
        Fixtures.Shipment booked = Fixtures.shipment(org, "HOME-BOOKED", pickup.plus(3, ChronoUnit.DAYS));
        Fixtures.Shipment othersMoving = Fixtures.shipment(other, "ELSE-MOVING", pickup);
        status(moving, "IN_TRANSIT", false);
        status(delayed, "DELAYED", true);
        status(deliveredLate, "DELIVERED", true);
        status(othersMoving, "DELAYED", true);

        Fixtures.Invoice overdue = Fixtures.invoice(org, null);
        Fixtures.update(
                "update invoice set issued_on = current_date - 31, due_on = current_date - 1 where id = ?",
                overdue.id());
        Fixtures.Invoice paid = Fixtures.invoice(org, null);
        Fixtures.update(
                "update invoice set issued_on = current_date - 35, due_on = current_date - 5, paid_on = "
                        + "current_date - 6 where id = ?",
                paid.id());
        Fixtures.Invoice dueSoon = Fixtures.invoice(org, null);
        Fixtures.update("update invoice set due_on = current_date + 3 where id = ?", dueSoon.id());
        Fixtures.invoice(org, null); // due in 30 days: neither

        long waiting = Fixtures.dispute(org, contract);
        Fixtures.update("update dispute set state = 'NEGOTIATION' where id = ?", waiting);
        Fixtures.update(
                "insert into dispute_offer (dispute_id, position, amount, side, made_by, made_at, status)"
                        + " values (?, 0, 60, 'PROVIDER', 'am', current_timestamp, 'PENDING')",
                waiting);
        long answered = Fixtures.dispute(org, contract); // the client's own offer waits for the 3PL, not for the client
        Fixtures.update("update dispute set state = 'NEGOTIATION' where id = ?", answered);
        Fixtures.update(
                "insert into dispute_offer (dispute_id, position, amount, side, made_by, made_at, status)"
                        + " values (?, 0, 80, 'CLIENT', 'client', current_timestamp, 'PENDING')",
                answered);

        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.update(
                "insert into notification (id, user_id, subject, body, link, created_at) values (?, ?, 'Alert', 'Body',"
                        + " '/sla.xhtml', current_timestamp)",
                IDS.incrementAndGet(),
                user.id());

        Http.WebSession web = new Http.WebSession();
        web.login(user.username(), Fixtures.PASSWORD);
        String home = web.get("index.xhtml").body();
        assertEquals(2, tile(home, "tileOnTheWay"), "in transit and delayed; not booked, delivered or another's");
        assertEquals(1, tile(home, "tileExceptions"), "the delayed one; the delivered one's exception is over");
        assertEquals(1, tile(home, "tileDisputes"), "the 3PL's offer waits for the client");
        assertEquals(1, tile(home, "tileOverdue"), "unpaid and past due; the paid one is not");
        assertEquals(1, tile(home, "tileDueSoon"));
        assertEquals(1, tile(home, "tileAlerts"));

        String onTheWay = web.get("shipments.xhtml?progress=ON_THE_WAY").body();
        assertTrue(
                onTheWay.contains("HOME-MOVING") && onTheWay.contains("HOME-DELAYED"),
                "the tile's list shows what it counted");
        assertFalse(onTheWay.contains("HOME-BOOKED")
                || onTheWay.contains("HOME-DELIVERED")
                || onTheWay.contains("ELSE-MOVING"));
        String exceptions =
                web.get("shipments.xhtml?progress=OPEN&exceptions=true").body();
        assertTrue(exceptions.contains("HOME-DELAYED"));
        assertFalse(exceptions.contains("HOME-DELIVERED") || exceptions.contains("HOME-MOVING"));
        assertEquals(
                200,
                web.get("shipments.xhtml?progress=NOT_A_STAGE").statusCode(),
                "a hand-edited link is no error page");
    }

    @Test
    void anAccountManagersHomeCountsTheWorkOfAssignedClientsOnly() {
        Fixtures.Org mine = Fixtures.organisation("Mine");
        Fixtures.Org notMine = Fixtures.organisation("NotMine");
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, mine);
        for (Fixtures.Org org : new Fixtures.Org[] {mine, notMine}) {
            Fixtures.Contract contract = Fixtures.contract(org);
            long late = Fixtures.dispute(org, contract);
            Fixtures.update("update dispute set resolve_by = current_date - 1 where id = ?", late);
            Fixtures.dispute(org, contract); // on time
            Fixtures.slaBreach(org, Fixtures.slaTerm(org, contract));
            Fixtures.accountTask(org);
        }
        Http.WebSession web = new Http.WebSession();
        web.login(manager.username(), Fixtures.PASSWORD);
        String home = web.get("index.xhtml").body();
        assertEquals(1, tile(home, "tileOverdueDisputes"));
        assertEquals(1, tile(home, "tileBreaches"));
        assertEquals(1, tile(home, "tileReminders"));
        assertEquals(0, tile(home, "tileAtRisk"));
        assertTrue(
                home.contains(mine.name()) && !home.contains(notMine.name()),
                "the list of clients is the assigned ones");
    }

    @Test
    void anOperationsAdminsHomeShowsSignInTroubleAndTheJobsInWords() {
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Http.WebSession web = new Http.WebSession();
        web.login(ops.username(), Fixtures.PASSWORD);
        long before = tile(web.get("index.xhtml").body(), "tileSignIns");
        new Http.WebSession().loginWithPassword(ops.username(), "not-the-password");
        String home = web.get("index.xhtml").body();
        assertEquals(before + 1, tile(home, "tileSignIns"), "the failed sign-in is counted");
        assertTrue(
                home.contains("Service-level figures") && home.contains("Dispute deadlines and escalation"),
                "jobs named in words");
        assertFalse(home.contains("kpi-rollup"), "not by their lease names");
    }

    @Test
    void theHeaderSearchOpensTheOneShipmentOrListsThoseItStarts() {
        Fixtures.Org org = Fixtures.organisation("Search");
        Fixtures.Org other = Fixtures.organisation("SearchOther");
        Instant pickup = Instant.now().plus(2, ChronoUnit.DAYS);
        Fixtures.Shipment one = Fixtures.shipment(org, "FIND-" + org.code() + "-1", pickup);
        Fixtures.shipment(org, "FIND-" + org.code() + "-10", pickup);
        Fixtures.Shipment othersOnly = Fixtures.shipment(other, "FIND-" + other.code() + "-1", pickup);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        web.login(user.username(), Fixtures.PASSWORD);

        assertEquals(
                "/portal/shipment.xhtml?id=" + one.id(),
                search(web, one.reference()),
                "the exact reference wins over the longer one");
        assertEquals(
                "/portal/shipment.xhtml?id=" + one.id(), search(web, "N-" + one.reference()), "or the 3PL's number");
        assertTrue(
                search(web, "FIND-" + org.code()).startsWith("/portal/shipments.xhtml?q=FIND-"),
                "two start so: the list");
        assertTrue(
                search(web, othersOnly.reference()).startsWith("/portal/shipments.xhtml?q="),
                "another's shipment is not found");
        assertTrue(
                search(web, "X".repeat(5000)).startsWith("/portal/shipments.xhtml?q=" + "X".repeat(64)),
                "cut to a reference's length");
        assertTrue(web.get("shipments.xhtml?q=" + enc(one.reference())).body().contains(one.reference()));
    }

    @Test
    void theSignedDeliveryNoteIsShownOnlyWhenABrowserMayShowItsType() {
        Fixtures.Org org = Fixtures.organisation("Pod");
        Instant pickup = Instant.now().minus(3, ChronoUnit.DAYS);
        Fixtures.Shipment pdf = Fixtures.shipment(org, "POD-PDF", pickup);
        Fixtures.podDocument(pdf);
        Fixtures.Shipment image = Fixtures.shipment(org, "POD-PNG", pickup);
        Fixtures.update(
                "insert into pod_document (shipment_id, file_name, content_type, content) values (?, "
                        + "'note.png', 'image/png', ?)",
                image.id(),
                Fixtures.TINY_PNG);
        Fixtures.Shipment page = Fixtures.shipment(org, "POD-HTML", pickup);
        Fixtures.update(
                "insert into pod_document (shipment_id, file_name, content_type, content) values (?, "
                        + "'x.html', 'text/html', ?)",
                page.id(),
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        Fixtures.Shipment none = Fixtures.shipment(org, "POD-NONE", pickup);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        web.login(user.username(), Fixtures.PASSWORD);

        HttpResponse<String> p = web.get("documents/proof-of-delivery?shipment=" + pdf.id());
        assertEquals(200, p.statusCode());
        assertEquals(
                "application/pdf",
                p.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(p.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        HttpResponse<String> i = web.get("documents/proof-of-delivery?shipment=" + image.id());
        assertEquals(
                "image/png", i.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        HttpResponse<String> h = web.get("documents/proof-of-delivery?shipment=" + page.id());
        assertEquals(
                "application/octet-stream",
                h.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
                "a stored page is never served as one");
        assertTrue(h.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(
                404,
                web.get("documents/proof-of-delivery?shipment=" + none.id()).statusCode(),
                "no document");
        assertEquals(404, web.get("documents/proof-of-delivery?shipment=abc").statusCode(), "an unreadable id");
        assertEquals(404, web.get("documents/proof-of-delivery").statusCode(), "no id");
        assertEquals(
                302,
                new Http.WebSession()
                        .get("documents/proof-of-delivery?shipment=" + pdf.id())
                        .statusCode(),
                "signed in only");
    }

    private static void status(Fixtures.Shipment s, String status, boolean exception) {
        Fixtures.update("update shipment set status = ?, has_exception = ? where id = ?", status, exception, s.id());
    }

    /** The figure of a home tile. */
    private static long tile(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<span class=\"tile-count\">([0-9,]+)</span>")
                .matcher(page);
        assertTrue(m.find(), "no tile " + id);
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** Posts the header's search from the home page; answers where it sends the reader. */
    private static String search(Http.WebSession web, String text) {
        HttpResponse<String> home = web.get("index.xhtml");
        HttpResponse<String> r = web.post(
                "index.xhtml",
                "search_SUBMIT=1&search%3Aq=" + enc(text) + "&search%3Ago=" + Http.postback(home.body()));
        assertEquals(302, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
