package org.threepl.portal.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, as every role, in Chinese: no raw code ({@code UNDER_INVESTIGATION}), no ISO instant, no amount with
 * four decimals, no English word outside a short list of names everyone uses (PDF, API …) and the data's own
 * identifiers; and axe-core finds nothing serious or critical. The organisation's data is written in Chinese, as a
 * Chinese client's would be, so that any English left on a page is the portal's own.
 */
@ExtendWith(ArquillianExtension.class)
class PlainLanguageIT {

    /** Names and abbreviations a Chinese reader expects as they are. */
    static final Set<String> ALLOWED = Set.of("PDF", "CSV", "Excel", "API", "URL", "UTC", "GMT", "PL", "EDI", "ERP", "TMS", "WMS",
            "Microsoft", "Google", "Authenticator", "FreeOTP", "English", "OTIF", "KPI", "SLA", "ISO", "ETag", "JSON", "TOTP", "ID");

    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT");
    private static final Pattern FOUR_DECIMALS = Pattern.compile("\\.\\d{4}\\b");

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException()
            .ifPresent(e -> browser.saveEvidence(context.getRequiredTestMethod().getName()));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void openBrowser() {
        new Http.WebSession().get("login.xhtml");
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageSpeaksChineseAndPassesTheAccessibilityCheck() {
        World w = World.create();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        List<String> client = List.of("index.xhtml", "shipments.xhtml", "shipment.xhtml?id=" + w.shipment, "sla.xhtml", "disputes.xhtml",
                "dispute.xhtml?id=" + w.dispute, "dispute-procedures.xhtml", "invoices.xhtml", "invoice.xhtml?id=" + w.invoice,
                "notifications.xhtml", "relationship-tier.xhtml", "organisation.xhtml?id=" + w.org.id(), "account.xhtml");
        List<String> admin = new ArrayList<>(client);
        admin.addAll(List.of("admin/users.xhtml?org=" + w.org.id(), "admin/api-keys.xhtml?org=" + w.org.id()));
        List<String> manager = new ArrayList<>(List.of("index.xhtml", "shipments.xhtml", "shipment.xhtml?id=" + w.shipment,
                "sla-overview.xhtml", "sla.xhtml?org=" + w.org.id(), "disputes.xhtml", "dispute.xhtml?id=" + w.dispute, "invoices.xhtml",
                "invoice.xhtml?id=" + w.invoice, "portfolio.xhtml", "relationship.xhtml?org=" + w.org.id(), "notifications.xhtml",
                "account.xhtml"));
        List<String> ops = new ArrayList<>(manager);
        ops.addAll(List.of("ops/organisations.xhtml", "ops/staff.xhtml", "ops/imports.xhtml", "ops/sla-terms.xhtml?org=" + w.org.id(),
                "ops/dispute-statistics.xhtml", "ops/relationship-approvals.xhtml", "ops/relationship-settings.xhtml",
                "ops/security-log.xhtml", "admin/api-keys.xhtml"));
        pages.put(w.admin.username(), admin);
        pages.put(w.user.username(), client);
        pages.put(w.manager.username(), manager);
        pages.put(w.ops.username(), ops);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : pages.entrySet()) {
            browser.open("login.xhtml?lang=zh-CN");
            browser.signIn(e.getKey(), Fixtures.PASSWORD);
            browser.heading();
            for (String page : e.getValue()) {
                browser.open(page);
                browser.heading();
                String where = e.getKey().replaceAll("\\..*", "") + " " + page + ": ";
                problems.addAll(textProblems(browser.pageText(), w.identifiers()).stream().map(p -> where + p).toList());
                problems.addAll(browser.accessibilityProblems().stream().map(p -> where + p).toList());
            }
            browser.open("index.xhtml");
            browser.click("nav:logout");
        }
        assertEquals(List.of(), problems.stream().limit(80).toList(), problems.size() + " problems");
    }

    /** What on a page is not plain Chinese: raw codes, ISO instants, unformatted amounts, English words of the portal's own. */
    static List<String> textProblems(String text, Set<String> identifiers) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern p : List.of(RAW_CODE, ISO_INSTANT, FOUR_DECIMALS)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add("raw value '" + context(text, m.start(), m.end()) + "'");
            }
        }
        for (String token : text.split("[\\s,;:()（），。：；、/|·“”\"'\\[\\]{}<>…—–+=*?!]+")) {
            if (token.isEmpty() || identifiers.contains(token) || token.matches(".*[0-9._@\\-].*")) {
                continue; // the data's identifiers: references, usernames, numbers, addresses
            }
            for (String word : token.split("[^A-Za-z]+")) {
                if (word.length() >= 3 && !ALLOWED.contains(word)) {
                    found.add("English '" + word + "'");
                }
            }
        }
        return List.copyOf(found);
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 15), Math.min(text.length(), end + 15)).replace('\n', ' ');
    }

    /** An organisation whose data is written in Chinese, with something on every page: shipments, a dispute, an invoice, SLA figures. */
    record World(Fixtures.Org org, Fixtures.User admin, Fixtures.User user, Fixtures.User manager, Fixtures.User ops, long shipment,
                 long dispute, long invoice) {

        static World create() {
            Fixtures.Org org = Fixtures.organisation("Huadong");
            Fixtures.update("update organisation set name = '华东电子有限公司' where id = ?", org.id());
            Fixtures.Contract contract = Fixtures.contract(org);
            Fixtures.slaTerm(org, contract);
            Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
            Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
            Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
            Fixtures.assign(manager, org);
            Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
            Fixtures.update("update user_account set display_name = '张伟' where id in (?, ?)", admin.id(), user.id());
            Fixtures.update("update user_account set display_name = '李娜' where id in (?, ?)", manager.id(), ops.id());
            Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
            Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
            Fixtures.update("update api_credential set name = '华东仓储系统' where id = ?", key.id());
            Fixtures.update("update api_credential set name = '承运商数据' where id = ?", tpl.id());

            Instant due = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            String shipments = "{\"shipments\":[" + shipment("HD1001", due) + "," + shipment("HD1002", due.plus(Duration.ofDays(6))) + "]}";
            assertEquals(200, Http.api("POST", "shipments", key.value(), shipments).statusCode());
            String events = "{\"events\":[" + event(org.code(), "HD1001", "e1", "AF", due.minus(Duration.ofDays(2)))
                    + "," + event(org.code(), "HD1001", "e2", "X6", due.minus(Duration.ofDays(1)))
                    + "," + event(org.code(), "HD1001", "e3", "D1", due.plus(Duration.ofHours(30))) + "]}";
            HttpResponse<String> sent = Http.api("POST", "events", tpl.value(), events);
            assertTrue(sent.body().contains("\"accepted\":3"), sent.body());
            long shipment = ((Number) Fixtures.single("select id from shipment where organisation_id = ? and client_reference = 'HD1001'",
                    org.id()).get("id")).longValue();
            Http.api("PUT", "shipments/" + shipment + "/proof-of-delivery", tpl.value(),
                    "{\"signedBy\":\"王芳\",\"signedAt\":\"" + due.plus(Duration.ofHours(30)) + "\",\"deliveredQuantity\":9}");
            String invoice = "{\"organisation\":\"" + org.code() + "\",\"issuedOn\":\"2026-11-01\",\"dueOn\":\"2026-11-30\",\"currency\":\"CNY\","
                    + "\"lines\":[{\"lineNo\":1,\"chargeType\":\"FREIGHT\",\"description\":\"上海至汉堡运费\",\"quantity\":2,\"unitPrice\":3200,"
                    + "\"amount\":6400,\"shipmentReference\":\"HD1001\"},{\"lineNo\":2,\"chargeType\":\"STORAGE\",\"description\":\"仓储，10 托盘\","
                    + "\"amount\":1250.5}]}";
            HttpResponse<String> inv = Http.api("PUT", "invoices/HD-2026-11", tpl.value(), invoice);
            assertTrue(inv.statusCode() == 200 || inv.statusCode() == 201, inv.body());
            long invoiceId = Http.json(inv).getJsonNumber("id").longValue();
            HttpResponse<String> filed = Http.api("POST", "disputes", key.value(), "{\"kind\":\"DELAY_OR_SLA\",\"amountClaimed\":500,"
                    + "\"currency\":\"EUR\",\"description\":\"货物晚到三十小时，客户停产半天。\",\"shipmentIds\":[" + shipment + "]}");
            assertEquals(201, filed.statusCode(), filed.body());
            long dispute = Http.json(filed).getJsonNumber("id").longValue();
            Http.postUntilRan("sla/rollups/run", tpl.value());
            Http.postUntilRan("relationship/recompute?organisation=" + org.id(), tpl.value());
            return new World(org, admin, user, manager, ops, shipment, dispute, invoiceId);
        }

        private static String shipment(String reference, Instant deliveryTo) {
            Instant deliveryFrom = deliveryTo.minus(Duration.ofHours(4));
            Instant pickupTo = deliveryFrom.minus(Duration.ofDays(2));
            return "{\"reference\":\"" + reference + "\",\"origin\":\"上海\",\"destination\":\"汉堡\",\"transportMode\":\"ROAD\","
                    + "\"serviceLevel\":\"STANDARD\",\"pickupFrom\":\"" + pickupTo.minus(Duration.ofHours(2)) + "\",\"pickupTo\":\"" + pickupTo
                    + "\",\"deliveryFrom\":\"" + deliveryFrom + "\",\"deliveryTo\":\"" + deliveryTo + "\",\"orderedQuantity\":10}";
        }

        private static String event(String org, String reference, String id, String code, Instant at) {
            return "{\"organisation\":\"" + org + "\",\"shipmentReference\":\"" + reference + "\",\"eventId\":\"" + id
                    + "\",\"sourceSystem\":\"CARRIER\",\"statusCode\":\"" + code + "\",\"occurredAt\":\"" + at + "\",\"location\":\"汉堡\"}";
        }

        /** The data's own identifiers, which a page shows as they are. */
        Set<String> identifiers() {
            return Set.of(org.code(), admin.username(), user.username(), manager.username(), ops.username(), "STANDARD", "CARRIER");
        }
    }

    @Test
    void theTextCheckCatchesWhatItLooksFor() {
        assertEquals(4, textProblems("状态 UNDER_INVESTIGATION 2026-11-29T22:18:00Z 金额 600.0000 Delivered", Set.of()).size());
        assertEquals(List.of(), textProblems("状态 已送达 · 2026年11月29日 22:18 UTC · £600.00 · PDF · acme.admin · HD1001", Set.of()));
    }
}
