package org.threepl.portal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * A client admin connects the organisation's TMS in the browser: subscribes a receiver (a real HTTP server in the test
 * JVM), keeps the secret, sends a test event, follows it in the delivery log, reads the body sent, sends it again and
 * pauses the subscription.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksJourneyIT {

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException()
            .ifPresent(e -> browser.saveEvidence(context.getRequiredTestMethod().getName()));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void openBrowser(org.junit.jupiter.api.TestInfo test) {
        browser = new Browser();
        browser.recordJourney(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            List<String> problems = browser.journeyAccessibility();
            browser.close();
            assertEquals(List.of(), problems, "no serious or critical accessibility finding on the journey's pages");
        }
    }

    @Test
    void aClientAdminSubscribesTheTmsSendsATestEventAndFollowsItInTheLog() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Webhook Journey Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        List<String> ids = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/tms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            browser.signIn(admin.username(), Fixtures.PASSWORD);
            browser.heading();
            browser.click("nav:webhooks");
            browser.expectHeading("Webhooks: " + org.name());

            // an address the portal refuses is explained at the field, and nothing is lost
            browser.type("create:url", "http://tms.example.com/hooks");
            browser.type("create:description", "Our TMS");
            browser.click("create:submit");
            browser.waitForText(By.id("create"), "Give an address starting with https://");
            assertEquals(
                    "Our TMS",
                    browser.driver().findElement(By.id("create:description")).getAttribute("value"));

            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/tms";
            browser.type("create:url", url);
            browser.click("create:submit");
            String secret = browser.waitFor(By.id("secret")).getText().trim();
            assertTrue(secret.startsWith("whsec_"), secret);
            browser.waitForText(By.id("list"), "Our TMS");

            browser.driver().findElement(By.cssSelector("button.test")).click();
            browser.waitForText(By.id("messages"), "A test event is on its way");
            browser.screenshots("webhooks-log");
            long until = System.currentTimeMillis() + 30_000;
            while (ids.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(1, ids.size(), "the receiver got the test event");
            browser.driver().findElement(By.cssSelector("button.refresh")).click();
            browser.waitForText(By.id("log"), "Delivered");
            browser.waitForText(By.id("log"), "HTTP 204");

            browser.driver().findElement(By.cssSelector("button.body")).click();
            browser.waitForText(By.id("payload"), "\"type\":\"TEST\"");
            browser.screenshots("webhooks-body");

            browser.driver().findElement(By.cssSelector("button.redeliver")).click();
            browser.waitForText(By.id("messages"), "The event will be sent again, with the same id.");
            until = System.currentTimeMillis() + 30_000;
            while (ids.size() < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(2, ids.size(), "sent again");
            assertEquals(ids.get(0), ids.get(1), "with the same id");

            browser.driver().findElement(By.cssSelector("button.pause")).click();
            browser.waitForText(By.id("list"), "Paused by an administrator");
            Map<String, Object> subscription =
                    Fixtures.single("select id, state from webhook_subscription where organisation_id = ?", org.id());
            assertEquals("PAUSED", subscription.get("state"));

            // the same page for an administrator who reads Chinese, with the log open from a link
            Fixtures.update("update user_account set language = 'zh-CN' where id = ?", admin.id());
            browser.driver().manage().deleteAllCookies();
            browser.signIn(admin.username(), Fixtures.PASSWORD);
            browser.heading();
            browser.open("admin/webhooks.xhtml?org=" + org.id() + "&subscription=" + subscription.get("id"));
            browser.expectHeading("Webhook：" + org.name());
            browser.waitForText(By.id("list"), "由管理员暂停");
            browser.waitForText(By.id("log"), "已送达");
            browser.screenshots("webhooks-zh");
        } finally {
            receiver.stop(0);
        }
    }
}
