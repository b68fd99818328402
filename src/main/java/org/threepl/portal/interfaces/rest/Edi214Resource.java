package org.threepl.portal.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.threepl.portal.application.shipment.Edi214Service;

/** X12 214 files in; the body is bounded by {@link RequestBodyLimits} while it is read. */
@Path("/v1/edi/214")
@ApplicationScoped
public class Edi214Resource {

    static final String X12 = "application/edi-x12";

    @Inject
    Edi214Service edi;

    @POST
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
}
