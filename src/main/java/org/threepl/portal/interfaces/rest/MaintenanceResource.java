package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.MaintenanceService;

/** Maintenance the 3PL may run now instead of waiting for its schedule. */
@Tag(name = "Maintenance", description = "Jobs run on demand")
@Path("/v1/maintenance")
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceResource {

    @Inject
    MaintenanceService maintenance;

    @POST
    @IdempotentCreate
    @Path("housekeeping")
    @Operation(
            summary = "Run the hourly housekeeping now (3PL integration keys with WRITE): removes sign-in "
                    + "throttle rows whose window"
                    + " and pause have passed; ran=false if another server is running it")
    public MaintenanceService.HousekeepingRun housekeeping() {
        return maintenance.runHousekeeping();
    }
}
