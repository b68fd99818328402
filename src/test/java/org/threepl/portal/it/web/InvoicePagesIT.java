package org.threepl.portal.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
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
 * The invoice pages as a finance tool: the list by status (the home page's tiles link to it), an invoice with its tax,
 * credit notes and what remains, its lines' subtotals by charge, and the invoice as a PDF in the reader's language;
 * another organisation's invoice is not found, on the page and as a file.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicePagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void aClientFindsItsOverdueInvoiceReadsWhatRemainsAndTakesItAsAChinesePdf() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Payables");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Invoice overdue = Fixtures.invoice(org, null);
        Fixtures.update(
                "update invoice set issued_on = current_date - 31, due_on = current_date - 1, tax_amount = "
                        + "237.50 where id = ?",
                overdue.id());
        String creditNote = Fixtures.settledDispute(org, contract, overdue, "100");
        Fixtures.Invoice paid = Fixtures.invoice(org, null);
        Fixtures.update("update invoice set paid_on = current_date where id = ?", paid.id());
        Fixtures.Org other = Fixtures.organisation("Other payables");
        Fixtures.Invoice theirs = Fixtures.invoice(other, null);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);

        Http.WebSession web = new Http.WebSession();
        web.login(user.username(), Fixtures.PASSWORD);
        String list = web.get("invoices.xhtml?status=OVERDUE").body();
        assertTrue(list.contains(overdue.number()) && list.contains("Overdue"), list);
        assertFalse(list.contains(paid.number()), "the paid one is not overdue");
        String all = web.get("invoices.xhtml").body();
        assertTrue(all.contains(paid.number()) && all.contains("Paid "), "the list says when it was paid");

        HttpResponse<String> page = web.get("invoice.xhtml?id=" + overdue.id());
        String body = page.body();
        assertTrue(
                body.contains("€1,250.00") && body.contains("€237.50") && body.contains("€1,487.50"),
                "net, tax, gross");
        assertTrue(body.contains(creditNote) && body.contains("€1,387.50"), "the credit note and what remains to pay");
        assertTrue(body.contains("Totals by charge") && body.contains("Freight") && body.contains("Storage"), body);
        assertFalse(body.contains(">Quantity<") || body.contains(">Unit price<"), "no column without data");

        Fixtures.update("update user_account set language = 'zh-CN' where id = ?", user.id());
        Http.WebSession zh = new Http.WebSession();
        zh.login(user.username(), Fixtures.PASSWORD);
        HttpResponse<String> zhPage = zh.get("invoice.xhtml?id=" + overdue.id());
        HttpResponse<byte[]> pdf =
                zh.download("invoice.xhtml?id=" + overdue.id(), zhPage.body(), "actions", "actions:pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains(overdue.number() + ".pdf"));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(
                java.nio.file.Path.of("target/screenshots/invoice-zh-CN.pdf"), pdf.body()); // for people to look at
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(
                text.contains("发票 " + overdue.number())
                        && text.contains("逾期")
                        && text.contains("尚需支付")
                        && text.contains(creditNote),
                text);
        assertFalse(
                text.contains("Overdue") || text.contains("Total to pay") || text.contains("Net (sum"),
                "no English word of ours: " + text);
        assertFalse(Fixtures.showsAmount(text, "900"), "never the 3PL's cost: " + text);

        assertEquals(
                404,
                web.get("invoice.xhtml?id=" + theirs.id()).statusCode(),
                "another organisation's invoice is not found");
    }
}
