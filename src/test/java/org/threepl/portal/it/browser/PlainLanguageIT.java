package org.threepl.portal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PeoplesFiles;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.ShipmentFeed;

/**
 * Every page as each role, in Chinese, read as a person would: no raw code (an enum's name such as
 * {@code UNDER_INVESTIGATION}), no machine time ({@code 2026-12-02T04:21:18Z}) or day ({@code 2026-12-02}), no
 * unformatted amount ({@code 600.0000}) on any of them, no English of the portal's own (words outside the data and a
 * short allow-list), and nothing axe-core finds serious or critical. Every finding is written to
 * {@code target/plain-language.txt}. The files the pages download are read the same way (findings and the files' text
 * in {@code target/plain-language-downloads.txt}).
 */
@ExtendWith(ArquillianExtension.class)
class PlainLanguageIT {

    /**
     * English phrases of the portal's own on Chinese pages: none (names, codes and what people wrote are data, not
     * counted).
     */
    static final int ENGLISH_CEILING = 0;
    /** Serious or critical axe-core findings (rule × page): none. */
    static final int ACCESSIBILITY_CEILING = 0;

    private static final Map<String, Pattern> MACHINE = Map.of(
            "raw code", Pattern.compile("\\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\\b"),
            "machine time", Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d"),
            "machine day", Pattern.compile("(?<![\\w-])\\d{4}-\\d\\d-\\d\\d(?![\\w-])"),
            "unformatted amount", Pattern.compile("\\d\\.\\d{4}\\b"));
    /** A word of two or more Latin letters, part of an English phrase when another such word follows. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z][a-z]{2,}(?:[ ,'’-]+[A-Za-z][a-z]+)+\\b");
    /** What may stay Latin on a Chinese page: names of standards, products and formats. */
    private static final Set<String> ALLOWED =
            Set.of("3PL Client Portal", "Excel", "PDF", "CSV", "API", "OTIF", "Noto Sans");

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException()
            .filter(e -> browser != null)
            .ifPresent(e -> browser.saveEvidence(context.getRequiredTestMethod().getName()));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void warmUp() {
        new Http.WebSession().get("login.xhtml");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The page's text without the elements {@code without} selects: the places of the time zone picker (the world's
     * place names, which Java names in English where it has no Chinese name: data, not the portal's words), and for the
     * English count also what people wrote or the portal recorded.
     */
    private String visibleText(String without) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var b = document.body.cloneNode(true); "
                                + "b.querySelectorAll(arguments[0]).forEach(function (e) { e.remove(); });"
                                + " document.documentElement.appendChild(b); b.style.position = 'absolute'; "
                                + "var t = b.innerText; b.remove(); return t;",
                        without);
    }

    /**
     * Texts people wrote (every organisation's and person's name, imported file names, the rungs of dispute procedures)
     * and the fixtures' own, longest first.
     */
    private static List<String> dataTexts(List<String> fixed) {
        List<String> all = new ArrayList<>(fixed);
        Fixtures.query("select name from organisation").forEach(r -> all.add((String) r.get("name")));
        Fixtures.query("select display_name from user_account").forEach(r -> all.add((String) r.get("display_name")));
        Fixtures.query("select username from user_account").forEach(r -> all.add((String) r.get("username")));
        // the rungs of dispute procedures are named by the people who proposed them
        Fixtures.query("select distinct l.level_name from dispute_ladder_level l join dispute_procedure p"
                        + " on p.id = l.procedure_id where p.recorded_by <> 'standard template'")
                .forEach(r -> all.add((String) r.get("level_name")));
        Fixtures.query("select file_name from import_job where file_name is not null")
                .forEach(r -> all.add((String) r.get("file_name")));
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return all;
    }

    /**
     * A Chinese client with a contract, an SLA term and breach, a shipment, a dispute and an invoice; its people and
     * staff read Chinese.
     */
    private record World(
            Fixtures.Org org,
            Fixtures.Contract contract,
            long term,
            long shipment,
            long dispute,
            Fixtures.Invoice invoice,
            Fixtures.User admin,
            Fixtures.User user,
            Fixtures.User manager,
            Fixtures.User ops,
            Fixtures.Key client,
            Fixtures.Key tpl) {}

    private static World world() {
        Fixtures.Org org = Fixtures.organisation("华东贸易");
        Fixtures.Contract contract = Fixtures.contract(org);
        long term = Fixtures.slaTerm(org, contract);
        Fixtures.slaBreach(org, term);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        new ShipmentFeed()
                .shipment(
                        "HD-1",
                        java.time.Instant.now()
                                .plus(java.time.Duration.ofDays(2))
                                .truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                        10)
                .send(client);
        long shipment = ((Number) Fixtures.single(
                                "select id from shipment where organisation_id = ? and client_reference = 'HD-1'",
                                org.id())
                        .get("id"))
                .longValue();
        long dispute = Fixtures.dispute(org, contract);
        Fixtures.Invoice invoice = Fixtures.invoice(org, null);
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Http.postUntilRan("relationship/recompute?organisation=" + org.id(), tpl.value());
        for (Fixtures.User u : List.of(admin, user, manager, ops)) {
            Fixtures.update("update user_account set language = 'zh-CN' where id = ?", u.id());
        }
        return new World(org, contract, term, shipment, dispute, invoice, admin, user, manager, ops, client, tpl);
    }

    @Test
    void everyPageSpeaksChineseToEveryRoleWithoutMachineFormats() throws IOException {
        browser = new Browser();
        World world = world();
        Fixtures.Org org = world.org();
        long term = world.term();
        long shipment = world.shipment();
        long dispute = world.dispute();
        Fixtures.Invoice invoice = world.invoice();
        Fixtures.User admin = world.admin();
        Fixtures.User user = world.user();
        Fixtures.User manager = world.manager();
        Fixtures.User ops = world.ops();
        // the data's own Latin texts (names, descriptions written by the fixtures) are the data, not the portal's words
        List<String> data = new ArrayList<>(List.of(
                "Freight Shanghai → Hamburg",
                "Storage, 10 pallets",
                "Dispute of " + org.code(),
                "Fixture key",
                "Operations",
                "Management"));

        List<String> clientPages = List.of(
                "index.xhtml",
                "shipments.xhtml",
                "shipment.xhtml?id=" + shipment,
                "sla.xhtml",
                "sla-shipments.xhtml?term=" + term + "&period="
                        + java.time.LocalDate.now().withDayOfMonth(1),
                "disputes.xhtml",
                "dispute.xhtml?id=" + dispute,
                "dispute-procedures.xhtml?org=" + org.id(),
                "invoices.xhtml",
                "invoice.xhtml?id=" + invoice.id(),
                "notifications.xhtml",
                "scheduled-reports.xhtml",
                "relationship-tier.xhtml",
                "organisation.xhtml?id=" + org.id(),
                "account.xhtml");
        List<String> adminPages = new ArrayList<>(clientPages);
        long webhook = Fixtures.webhook(org).subscription();
        adminPages.addAll(List.of(
                "admin/users.xhtml?org=" + org.id(),
                "admin/webhooks.xhtml?org=" + org.id(),
                "admin/api-keys.xhtml?org=" + org.id(),
                "admin/webhooks.xhtml?org=" + org.id() + "&subscription=" + webhook));
        List<String> staffPages = new ArrayList<>(clientPages.stream()
                // the staff open a client's partnership and service-level pages with the client named (below)
                .filter(p -> !p.startsWith("relationship-tier") && !p.equals("sla.xhtml"))
                .toList());
        staffPages.addAll(List.of(
                "sla-overview.xhtml",
                "portfolio.xhtml",
                "relationship.xhtml?org=" + org.id(),
                "relationship-tier.xhtml?org=" + org.id(),
                "sla.xhtml?org=" + org.id()));
        List<String> opsPages = new ArrayList<>(staffPages);
        opsPages.addAll(List.of(
                "ops/organisations.xhtml",
                "ops/staff.xhtml",
                "ops/imports.xhtml",
                "ops/sla-terms.xhtml?org=" + org.id(),
                "ops/dispute-statistics.xhtml",
                "ops/relationship-approvals.xhtml",
                "ops/relationship-settings.xhtml",
                "ops/security-log.xhtml",
                "admin/users.xhtml?org=" + org.id(),
                "admin/webhooks.xhtml?org=" + org.id() + "&subscription=" + webhook,
                "admin/api-keys.xhtml"));
        Map<Fixtures.User, List<String>> pages = new LinkedHashMap<>();
        pages.put(admin, adminPages);
        pages.put(user, clientPages);
        pages.put(manager, staffPages);
        pages.put(ops, opsPages);

        List<String> machine = new ArrayList<>();
        Set<String> english = new LinkedHashSet<>();
        List<String> accessibility = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int visited = 0;
        for (Map.Entry<Fixtures.User, List<String>> e : pages.entrySet()) {
            browser.open("login.xhtml?lang=zh-CN");
            browser.signIn(e.getKey().username(), Fixtures.PASSWORD);
            browser.heading();
            String who = e.getKey().role().name();
            data.add(e.getKey().username());
            for (String page : e.getValue()) {
                browser.open(page);
                browser.heading();
                visited++;
                // a page of the list answers as itself: the error page (not found, not allowed, failed) is in Chinese
                // too and would read as plain language
                if (!browser.driver().findElements(By.id("errorTitle")).isEmpty()) {
                    failed.add(who + " " + page);
                }
                String text = visibleText("[id*=\"zone\"]");
                // what people wrote or the portal recorded in their words (reasons, messages, security-log details) is
                // the
                // data's language; its moments and days are still the reader's
                String words = visibleText("[id*=\"zone\"], .recorded, .message-text");
                for (String d : dataTexts(data)) {
                    text = text.replace(d, " ");
                    words = words.replace(d, " ");
                }
                for (Map.Entry<String, Pattern> m : MACHINE.entrySet()) {
                    Matcher found = m.getValue().matcher(text);
                    while (found.find()) {
                        machine.add(who + " " + page + ": " + m.getKey() + " «" + found.group() + "»");
                    }
                }
                Matcher phrases = ENGLISH.matcher(words);
                while (phrases.find()) {
                    String w = phrases.group();
                    if (ALLOWED.stream().noneMatch(w::contains)) {
                        english.add(page.replaceAll("\\?.*", "") + ": «" + w + "»");
                    }
                }
                browser.accessibilityProblems().forEach(p -> accessibility.add(who + " " + page + ": " + p));
            }
            browser.open("index.xhtml");
            browser.click("nav:logout");
        }
        Path report = Path.of("target/plain-language.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(
                report,
                "Machine formats (" + machine.size() + ")\n" + String.join("\n", machine)
                        + "\n\nEnglish on Chinese pages ("
                        + english.size() + ")\n" + String.join("\n", english) + "\n\nAccessibility ("
                        + accessibility.size() + ")\n"
                        + String.join("\n", accessibility) + "\n");
        assertTrue(visited > 50, "every role's pages were visited: " + visited);
        assertEquals(List.of(), failed, "no page of the list answered with an error page");
        assertEquals(
                List.of(),
                machine,
                "no raw code, machine time or unformatted amount on any page (see target/plain-language.txt)");
        assertTrue(
                english.size() <= ENGLISH_CEILING,
                english.size() + " English phrases on Chinese pages (see target/plain-language.txt)");
        assertTrue(
                accessibility.size() <= ACCESSIBILITY_CEILING,
                accessibility.size() + " serious or critical accessibility findings," + " more than the "
                        + ACCESSIBILITY_CEILING + " last measured (see target/plain-language.txt)");
    }

    /** The API's column names, which no file a page downloads may carry as a header. */
    private static final Set<String> MACHINE_COLUMNS = new LinkedHashSet<>();

    static {
        MACHINE_COLUMNS.addAll(org.threepl.portal.application.shipment.ShipmentExportService.COLUMNS);
        MACHINE_COLUMNS.addAll(org.threepl.portal.application.sla.SlaReports.REPORT_COLUMNS);
        MACHINE_COLUMNS.addAll(org.threepl.portal.application.dispute.DisputeSteps.RECORD_COLUMNS);
        // the security log's file had English headers of its own
        MACHINE_COLUMNS.addAll(List.of(
                "Time (UTC)",
                "Event",
                "Actor kind",
                "Actor id",
                "Actor",
                "Subject user id",
                "Subject credential id",
                "Subject",
                "Organisation id",
                "Address",
                "Detail"));
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static byte[] downloaded(HttpResponse<byte[]> file, String contentType) {
        assertEquals(200, file.statusCode(), () -> new String(file.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(
                file.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                file.headers().firstValue("Content-Type").orElse(""));
        return file.body();
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.body()));
    }

    /**
     * Every file the pages let people download (the shipments page's CSV, Excel and PDF, the service-level page's
     * Excel, a dispute's record as CSV and Excel, the security log's CSV, Excel and PDF), each downloaded by the role
     * that has it, a reader of Chinese in Shanghai: no raw code, machine time or day, or unformatted amount in it, none
     * of the API's column names as a header, the header and title in Chinese, Excel's dates shown in the reader's
     * words.
     */
    @Test
    void everyFileAPageDownloadsSpeaksChineseWithoutMachineFormats() throws IOException {
        World world = world();
        // a status, dispute states and actions whose codes have underscores, an amount, a moment in every file
        new ShipmentFeed()
                .event("HD-1", "hd-x3", "X3", java.time.Instant.now().minus(java.time.Duration.ofHours(5)))
                .send(world.client());
        HttpResponse<String> d =
                Http.api("GET", "disputes/" + world.dispute(), world.tpl().value(), null);
        for (String step : List.of(
                "{\"action\":\"ACKNOWLEDGE\"}",
                "{\"action\":\"INVESTIGATE\"}",
                "{\"action\":\"OFFER\",\"amount\":60.5}")) {
            d = Http.api(
                    "POST",
                    "disputes/" + world.dispute() + "/steps",
                    world.tpl().value(),
                    step,
                    "If-Match",
                    etag(d));
            assertEquals(200, d.statusCode(), d.body());
        }
        for (Fixtures.User u : List.of(world.user(), world.ops())) {
            Fixtures.update("update user_account set time_zone = 'Asia/Shanghai' where id = ?", u.id());
        }
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Map<String, PeoplesFiles.Read> files = new LinkedHashMap<>();

        Http.WebSession client = new Http.WebSession();
        assertEquals(
                302, client.login(world.user().username(), Fixtures.PASSWORD).statusCode());
        String page = client.get("shipments.xhtml").body();
        files.put(
                "shipments.csv",
                PeoplesFiles.csv(downloaded(
                        client.download("shipments.xhtml", page, "filter", "filter:exportCsv"), "text/csv")));
        files.put(
                "shipments.xlsx",
                PeoplesFiles.xlsx(
                        downloaded(client.download("shipments.xhtml", page, "filter", "filter:exportXlsx"), xlsx)));
        files.put(
                "shipments.pdf",
                PeoplesFiles.pdf(downloaded(
                        client.download("shipments.xhtml", page, "filter", "filter:exportPdf"), "application/pdf")));
        page = client.get("sla.xhtml").body();
        files.put(
                "service-levels.xlsx",
                PeoplesFiles.xlsx(downloaded(client.download("sla.xhtml", page, "report", "report:reportXlsx"), xlsx)));
        String dispute = "dispute.xhtml?id=" + world.dispute();
        page = client.get(dispute).body();
        files.put(
                "record.csv",
                PeoplesFiles.csv(
                        downloaded(client.download(dispute, page, "recordExport", "recordExport:csv"), "text/csv")));
        files.put(
                "record.xlsx",
                PeoplesFiles.xlsx(
                        downloaded(client.download(dispute, page, "recordExport", "recordExport:xlsx"), xlsx)));

        Http.WebSession ops = new Http.WebSession();
        assertEquals(302, ops.login(world.ops().username(), Fixtures.PASSWORD).statusCode());
        page = ops.get("ops/security-log.xhtml").body();
        String only =
                "filter%3Aname=" + world.user().username(); // the client user's sign-ins, not the whole suite's log
        files.put(
                "security-log.csv",
                PeoplesFiles.csv(downloaded(
                        ops.download("ops/security-log.xhtml", page, "filter", "filter:csv", only), "text/csv")));
        files.put(
                "security-log.xlsx",
                PeoplesFiles.xlsx(
                        downloaded(ops.download("ops/security-log.xhtml", page, "filter", "filter:xlsx", only), xlsx)));
        files.put(
                "security-log.pdf",
                PeoplesFiles.pdf(downloaded(
                        ops.download("ops/security-log.xhtml", page, "filter", "filter:pdf", only),
                        "application/pdf")));

        List<String> data =
                dataTexts(List.of("Dispute of " + world.org().code(), "Fixture key", "Operations", "Management"));
        List<String> findings = new ArrayList<>();
        StringBuilder evidence = new StringBuilder();
        for (Map.Entry<String, PeoplesFiles.Read> f : files.entrySet()) {
            String name = f.getKey();
            PeoplesFiles.Read file = f.getValue();
            evidence.append("== ").append(name).append('\n').append(file.text()).append('\n');
            String text = file.text();
            for (String datum : data) {
                text = text.replace(datum, " ");
            }
            for (Map.Entry<String, Pattern> m : MACHINE.entrySet()) {
                Matcher found = m.getValue().matcher(text);
                while (found.find()) {
                    findings.add(name + ": " + m.getKey() + " «" + found.group() + "»");
                }
            }
            file.header().stream()
                    .filter(MACHINE_COLUMNS::contains)
                    .forEach(h -> findings.add(name + ": the API's column name «" + h + "»"));
            file.formats().stream()
                    .filter(c -> c.matches("(?i).*yyyy\\W*-.*"))
                    .forEach(c -> findings.add(name + ": a machine date format «" + c + "»"));
            String title = file.text().lines().findFirst().orElse("");
            if (name.endsWith(".pdf")) {
                if (!chinese(title)
                        || !file.text().contains("生成于")
                        || file.text().contains("Generated")) {
                    findings.add(name + ": the title or the date of making is not Chinese: " + title);
                }
            } else if (file.header().stream().noneMatch(PlainLanguageIT::chinese)) {
                findings.add(name + ": the header is not Chinese: " + file.header());
            }
            if (name.endsWith(".xlsx") && !chinese(title)) {
                findings.add(name + ": the sheet's name is not Chinese: " + title);
            }
            if (file.text().lines().count() < 2) {
                findings.add(name + ": no rows");
            }
        }
        Path report = Path.of("target/plain-language-downloads.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(
                report, "Findings (" + findings.size() + ")\n" + String.join("\n", findings) + "\n\n" + evidence);
        assertEquals(
                List.of(),
                findings,
                "every downloaded file reads as its Chinese reader reads (see target/plain-language-downloads.txt)");
        assertTrue(
                files.get("shipments.csv").text().contains("提货中"),
                "the status in words: " + files.get("shipments.csv").text());
        assertTrue(
                files.get("record.csv").text().contains("调查中")
                        && files.get("record.csv").text().contains("€60.50"),
                files.get("record.csv").text());
    }
}
