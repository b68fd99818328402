package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.relationship.WinBack;

/**
 * A lost client and its win-back (3PL keys; changes with WRITE): the loss with its reason and plan, a step of the plan
 * done and the client won back, each on the version read (If-Match).
 */
@Tag(name = "Relationship", description = "Relationship management: portfolio, profiles, tiers, tasks, settings")
@Path("/v1/relationship/clients/{org: [0-9]+}/loss")
@Produces(MediaType.APPLICATION_JSON)
public class WinBackResource {

    @Inject
    WinBack winBack;

    public record StepRequest(
            @NotNull String title, @NotNull LocalDate dueOn) {}

    public record LossRequest(
            @NotNull LocalDate lostOn,
            @NotNull String reason,
            @Size(max = WinBack.MAX_NOTE) String note,
            @Size(max = WinBack.MAX_STEPS) List<@Valid StepRequest> steps) {}

    public record RecoveryRequest(@NotNull LocalDate recoveredOn) {}

    @GET
    @Operation(summary = "The client's latest loss (reason, win-back plan, state LOST or RECOVERED), with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "The loss, with its ETag",
            content = @Content(schema = @Schema(implementation = WinBack.LossView.class)))
    public Response loss(@PathParam("org") long org) {
        WinBack.LossView l = winBack.loss(org);
        return ETags.ok(l, l.version()).build();
    }

    @POST
    @IdempotentCreate
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record the client as lost, with the reason (PRICE, SERVICE_FAILURE, COMPETITOR, "
                    + "BUSINESS_CHANGE, STAFF) and a win-back plan of at most 10 steps; refused while a loss is open")
    @APIResponse(
            responseCode = "201",
            description = "The loss as recorded, with its ETag",
            content = @Content(schema = @Schema(implementation = WinBack.LossView.class)))
    public Response recordLoss(@PathParam("org") long org, @Valid @NotNull LossRequest body) {
        WinBack.LossView l = winBack.recordLoss(
                org,
                new WinBack.NewLoss(
                        body.lostOn(),
                        body.reason(),
                        body.note(),
                        body.steps() == null
                                ? List.of()
                                : body.steps().stream()
                                        .map(s -> new WinBack.Step(s.title(), s.dueOn()))
                                        .toList()));
        return ETags.ok(l, l.version()).status(Response.Status.CREATED).build();
    }

    @POST
    @Path("steps/{position: [0-9]+}/done")
    @Operation(summary = "A step of the open win-back plan done (positions from 0); needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The loss with the step done, with its new ETag",
            content = @Content(schema = @Schema(implementation = WinBack.LossView.class)))
    public Response stepDone(
            @PathParam("org") long org,
            @PathParam("position") @Max(WinBack.MAX_STEPS) int position,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WinBack.LossView l = winBack.stepDone(org, position, ETags.requiredVersion(ifMatch));
        return ETags.ok(l, l.version()).build();
    }

    @POST
    @Path("recovery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The client was won back on the day given; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The loss, now RECOVERED, with its new ETag",
            content = @Content(schema = @Schema(implementation = WinBack.LossView.class)))
    public Response recovered(
            @PathParam("org") long org,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecoveryRequest body) {
        WinBack.LossView l = winBack.recovered(org, body.recoveredOn(), ETags.requiredVersion(ifMatch));
        return ETags.ok(l, l.version()).build();
    }
}
