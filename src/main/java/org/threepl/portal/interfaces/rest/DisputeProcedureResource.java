package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.threepl.portal.application.dispute.DisputeProcedures;
import org.threepl.portal.application.dispute.DisputeProcedures.ProcedureView;
import org.threepl.portal.domain.model.dispute.ProcedureAgreement;
import org.threepl.portal.domain.model.dispute.ProcedureDraft;

/**
 * A contract's dispute procedure, agreed by both sides: either side proposes a version, the other accepts, rejects with
 * a reason or counter-proposes; only an agreed version is in force, until then the standard template applies.
 */
@Tag(name = "Disputes", description = "Disputes, their steps, messages, evidence and procedures")
@Path("/v1/disputes/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class DisputeProcedureResource {

    @Inject
    DisputeProcedures procedures;

    /** One rung of the escalation ladder: who deals with it, its time limit, and the 3PL role that decides there. */
    public record RungRequest(String name, Integer timeLimitDays, String providerRole) {}

    /** A proposed version; {@code counterOf}: the other side's open proposal it answers. */
    public record ProcedureRequest(
            @NotNull Long contractId,
            List<String> kinds,
            Integer filingWindowDays,
            Integer acknowledgeDays,
            Integer resolveDays,
            boolean businessDays,
            Integer reopenWindowDays,
            List<RungRequest> ladder,
            java.util.Map<String, String> requiredEvidence,
            LocalDate effectiveFrom,
            Long counterOf) {}

    public record RejectionRequest(
            @NotNull @Size(max = ProcedureAgreement.MAX_REASON)
            String reason) {}

    @GET
    @Operation(
            summary = "Every version of a contract's dispute procedure with where it stands (PROPOSED, AGREED,"
                    + " REJECTED, COUNTERED, WITHDRAWN) and its signatories; while none is agreed, the standard"
                    + " template first")
    public Listing<ProcedureView> procedures(@QueryParam("contract") Long contract) {
        return Listing.whole(procedures.procedures(contract));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One version, with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "The version, with its ETag",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response procedure(@PathParam("id") long id) {
        ProcedureView p = procedures.procedure(id);
        return ETags.ok(p, p.version()).build();
    }

    @POST
    @IdempotentCreate
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Propose a version of a contract's dispute procedure for the key's side (client keys and 3PL"
                    + " integration keys with WRITE), signed by it; the other side is told",
            description = "While the other side's proposal is open, a new one answers it: counterOf names it, and it"
                    + " becomes COUNTERED. Every bad field is named (ladder[1].timeLimitDays).")
    @APIResponse(
            responseCode = "201",
            description = "The proposal, with its ETag",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response propose(@Valid @NotNull ProcedureRequest body) {
        List<ProcedureDraft.Rung> ladder = body.ladder() == null
                ? null
                : body.ladder().stream()
                        .map(r -> r == null
                                ? null
                                : new ProcedureDraft.Rung(r.name(), r.timeLimitDays(), r.providerRole()))
                        .toList();
        ProcedureView p = procedures.propose(
                body.contractId(),
                new ProcedureDraft(
                        body.kinds(),
                        body.filingWindowDays(),
                        body.acknowledgeDays(),
                        body.resolveDays(),
                        body.businessDays(),
                        body.reopenWindowDays(),
                        ladder,
                        body.requiredEvidence(),
                        body.effectiveFrom()),
                body.counterOf());
        return ETags.ok(p, p.version()).status(Response.Status.CREATED).build();
    }

    @POST
    @Path("{id: [0-9]+}/acceptance")
    @Operation(
            summary = "The other side accepts the proposal (If-Match): both signatories recorded, in force from the"
                    + " day proposed or, when that has passed, from today")
    @APIResponse(
            responseCode = "200",
            description = "The version, AGREED, with its new ETag",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProcedureView p = procedures.accept(id, ETags.requiredVersion(ifMatch));
        return ETags.ok(p, p.version()).build();
    }

    @POST
    @Path("{id: [0-9]+}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The other side rejects the proposal with a reason (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The version, REJECTED, with its new ETag",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response reject(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RejectionRequest body) {
        ProcedureView p = procedures.reject(id, ETags.requiredVersion(ifMatch), body.reason());
        return ETags.ok(p, p.version()).build();
    }

    @POST
    @Path("{id: [0-9]+}/withdrawal")
    @Operation(summary = "The proposer takes back its open proposal (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The version, WITHDRAWN, with its new ETag",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProcedureView p = procedures.withdraw(id, ETags.requiredVersion(ifMatch));
        return ETags.ok(p, p.version()).build();
    }
}
