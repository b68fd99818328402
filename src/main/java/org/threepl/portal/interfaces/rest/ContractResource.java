package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.ContractService;
import org.threepl.portal.application.view.ContractView;

@Tag(name = "Contracts", description = "Contracts and which reports count for their service levels")
@Path("/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    @Path("{id}")
    @Operation(summary = "One client contract: term, services, monthly fee")
    @APIResponse(
            responseCode = "200",
            description = "The contract, with its ETag",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response get(@PathParam("id") long id) {
        ContractView c = contracts.get(id);
        return ETags.ok(c, c.version()).build();
    }

    /** Which reports the contract counts for its service levels. */
    public record SlaEvidenceRequest(
            @jakarta.validation.constraints.NotNull String slaEvidence) {}

    @jakarta.ws.rs.PUT
    @Path("{id}/sla-evidence")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Which reports count for the contract's service levels (the 3PL's keys; If-Match): ALL_REPORTS, or"
                            + " PROVIDER_REPORTS (the client's systems may then not send tracking events or "
                            + "proof of delivery)")
    @APIResponse(
            responseCode = "200",
            description = "The contract as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response countForServiceLevels(
            @PathParam("id") long id,
            @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull SlaEvidenceRequest body) {
        ContractView c = contracts.countForServiceLevels(id, ETags.requiredVersion(ifMatch), body.slaEvidence());
        return ETags.ok(c, c.version()).build();
    }
}
