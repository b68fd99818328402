package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.shipment.ShipmentImportService;

@Tag(name = "Imports", description = "CSV files of shipments and events")
@Path("/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ShipmentImportService imports;

    @POST
    @IdempotentCreate
    @Path("shipments")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import a CSV file of shipments (upsert by reference), streamed in chunks of 1,000 lines",
            description = "Header line with the columns reference, origin, destination, transport_mode, service_level,"
                    + " pickup_from, pickup_to, delivery_from, delivery_to, ordered_quantity and "
                    + "optionally shipment_number,"
                    + " weight_kg, declared_value, currency, organisation (3PL integrations). The "
                    + "answer counts created,"
                    + " updated and rejected lines and lists each rejected line's errors: its line, "
                    + "the file's column as its header"
                    + " writes it (column), the API's field, the reason and all of it in words "
                    + "(text). outcome: FINISHED (no line"
                    + " rejected), FINISHED_WITH_ERRORS (some lines stored, some rejected) or "
                    + "FAILED (lines rejected, none stored).")
    public ShipmentImportService.ImportReport importShipments(InputStream csv) {
        return imports.importShipments(csv);
    }

    @POST
    @IdempotentCreate
    @Path("events")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import a CSV file of tracking events, streamed in chunks of 1,000 lines",
            description = "Columns shipment_reference, event_id, source_system, status_code, occurred_at and optionally"
                    + " reason_code, zone, location, organisation. Events already stored are accepted again "
                    + "without duplicates."
                    + " The answer is that of the shipments' import (outcome, errors by line and column).")
    public ShipmentImportService.ImportReport importEvents(InputStream csv) {
        return imports.importEvents(csv);
    }
}
