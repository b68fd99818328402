package org.threepl.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.shipment.ShipmentQueryService;
import org.threepl.portal.interfaces.http.ContentDisposition;

/**
 * The signed delivery note of a shipment for the signed-in reader ({@code /documents/proof-of-delivery?shipment=1}): an
 * image shown inline on the tracker page, a PDF opened by its link. Only the reader's organisations' shipments are
 * found (another's answers 404 like a missing one); anything but an image or a PDF is only ever downloaded.
 */
@WebServlet("/documents/proof-of-delivery")
public class ProofOfDeliveryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * Types a browser may show in place; every other type is an attachment, so no stored file is ever run as a page.
     */
    private static final Set<String> SHOWN_INLINE = Set.of("image/png", "image/jpeg", "application/pdf");

    @Inject
    ShipmentQueryService queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long shipment;
        try {
            shipment = Long.valueOf(request.getParameter("shipment"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ShipmentQueryService.Document doc;
        try {
            doc = queries.podDocument(shipment);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = doc.contentType() == null ? "application/octet-stream" : doc.contentType();
        boolean inline = SHOWN_INLINE.contains(type);
        response.setContentType(inline ? type : "application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        String name = doc.fileName() == null ? "proof-of-delivery" : doc.fileName();
        response.setHeader(
                "Content-Disposition", inline ? ContentDisposition.inline(name) : ContentDisposition.attachment(name));
        response.setContentLength(doc.content().length);
        response.getOutputStream().write(doc.content());
    }
}
