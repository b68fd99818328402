package org.threepl.portal.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.shipment.Edi214ExportService;
import org.threepl.portal.application.shipment.Edi214Service;
import org.threepl.portal.interfaces.http.ContentDisposition;

/** X12 214 files in; the body is bounded by {@link RequestBodyLimits} while it is read. */
@Tag(name = "EDI", description = "X12 214 shipment status files in and out")
@Path("/v1/edi/214")
@ApplicationScoped
public class Edi214Resource {

    static final String X12 = "application/edi-x12";

    @Inject
    Edi214Service edi;

    @Inject
    Edi214ExportService exports;

    @POST
    @IdempotentCreate
    @Consumes({X12, "text/plain"})
    @Produces({X12, "text/plain"})
    @Operation(
            summary = "Record tracking events from an X12 214 interchange; answers a 997 functional acknowledgement",
            description = "Each AT7 status detail is recorded as POST /v1/events records an event (the same checks,"
                    + " stored once per event id); the 997's AK5 tells each transaction set's outcome. An envelope"
                    + " that cannot be read or does not add up is a 422 problem and nothing is recorded.")
    public String receive(@QueryParam("organisation") String organisation, InputStream body) {
        return edi.receive(body, organisation).acknowledgement();
    }

    @GET
    @Produces(X12)
    @Operation(
            summary = "A client's shipment events as an X12 214 interchange, one transaction set per shipment",
            description = "Events that happened in [from, to) (days or instants, UTC; at most 366 days), streamed."
                    + " A 3PL key names the organisation by id; a client's key may leave it out.")
    @APIResponse(
            responseCode = "200",
            description = "An X12 214 interchange",
            content = {
                @Content(
                        mediaType = "application/edi-x12",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response export(
            @QueryParam("organisation") Long organisation,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        // checked before the answer starts, so a refusal is still a problem and not a cut-off file
        Edi214ExportService.Range range =
                exports.range(organisation, TimeParams.required("from", from), TimeParams.required("to", to));
        StreamingOutput body = out -> exports.write(range, out);
        return Response.ok(body, X12)
                .header("Content-Disposition", ContentDisposition.attachment("events-214.edi"))
                .build();
    }
}
