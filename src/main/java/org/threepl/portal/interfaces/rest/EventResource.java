package org.threepl.portal.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.shipment.BatchResult;
import org.threepl.portal.application.shipment.EventInput;
import org.threepl.portal.application.shipment.ShipmentIngestionService;

/** One instance for all requests (application-scoped): nothing is built or injected per request. */
@Tag(name = "Events", description = "Tracking events, in batches")
@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EventResource {

    @Inject
    ShipmentIngestionService ingestion;

    public record EventBatch(
            @NotNull @Size(min = 1, max = ShipmentIngestionService.MAX_BATCH)
            List<EventInput> events) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record tracking events (X12 214 status codes), up to 1,000 per request",
            description =
                    "Events may arrive late and out of order. An event is stored once per (source system, event id):"
                            + " re-sending a batch creates no duplicates and answers the same. Invalid "
                            + "items are rejected with"
                            + " their index while the valid ones are stored.")
    public BatchResult record(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull EventBatch body) {
        return ingestion.recordEvents(body.events(), idempotencyKey, () -> ShipmentResource.CANONICAL.toJson(body));
    }
}
