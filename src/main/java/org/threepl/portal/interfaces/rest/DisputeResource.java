package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.dispute.DisputeDeadlines;
import org.threepl.portal.application.dispute.DisputeFiling;
import org.threepl.portal.application.dispute.DisputeProcedures;
import org.threepl.portal.application.dispute.DisputeStatistics;
import org.threepl.portal.application.dispute.DisputeSteps;
import org.threepl.portal.application.dispute.DisputeThread;
import org.threepl.portal.application.dispute.DisputeView;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.domain.model.dispute.Attachment;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.interfaces.http.ContentDisposition;

/**
 * The dispute lifecycle for clients' and the 3PL's systems: file, follow, take steps (with If-Match), read the record.
 */
@Tag(name = "Disputes", description = "Disputes, their steps, messages, evidence and procedures")
@Path("/v1/disputes")
@Produces(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    org.threepl.portal.application.dispute.DisputeRecordDocument recordDocument;

    @Inject
    DisputeFiling filing;

    @Inject
    DisputeSteps steps;

    @Inject
    DisputeThread thread;

    @Inject
    DisputeProcedures procedures;

    @Inject
    DisputeStatistics statistics;

    @Inject
    DisputeDeadlines deadlines;

    @Context
    UriInfo uriInfo;

    public record FileRequest(
            @NotNull String kind,
            @NotNull BigDecimal amountClaimed,
            @NotNull String currency,
            @NotNull String description,
            List<Long> shipmentIds,
            List<Long> invoiceLineIds,
            LocalDate concerning) {}

    public record StepRequest(@NotNull String action, BigDecimal amount, String note) {}

    /** {@code ran} false: another server was running the job (nothing done here; ask again). */
    public record Escalated(boolean ran, int escalated) {}

    @POST
    @IdempotentCreate
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File a dispute (client keys with WRITE), under the procedure of the client's contract in force")
    @APIResponse(
            responseCode = "201",
            description = "Filed: the dispute, its address in Location, its ETag",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response file(@Valid @NotNull FileRequest body) {
        DisputeView d = filing.file(new DisputeFiling.NewDispute(
                null,
                body.kind(),
                body.amountClaimed(),
                body.currency(),
                body.description(),
                body.shipmentIds(),
                null,
                body.invoiceLineIds(),
                body.concerning()));
        URI location = uriInfo.getBaseUriBuilder().path("v1/disputes/{id}").build(d.id());
        return Response.created(location).tag(ETags.of(d.version())).entity(d).build();
    }

    @POST
    @IdempotentCreate
    @Path("from-breach/{breachId: [0-9]+}")
    @Operation(
            summary = "Turn one of the client's SLA breach entries into a delay/SLA dispute (client keys with WRITE)")
    @APIResponse(
            responseCode = "201",
            description = "Filed: the dispute, its address in Location, its ETag",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response fileFromBreach(@PathParam("breachId") long breachId) {
        DisputeView d = filing.fileFromBreach(breachId);
        URI location = uriInfo.getBaseUriBuilder().path("v1/disputes/{id}").build(d.id());
        return Response.created(location).tag(ETags.of(d.version())).entity(d).build();
    }

    @GET
    @Operation(summary = "The disputes the key may see: open ones by deadline first, then the rest")
    public Listing<DisputeView> list(
            @QueryParam("organisation") Long organisation,
            @QueryParam("state") String state,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Listing.offset(steps.list(organisation, state, offset, limit), offset, limit, uriInfo);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One dispute, with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "The dispute, with its ETag",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response get(@PathParam("id") long id) {
        DisputeView d = steps.get(id);
        return ETags.ok(d, d.version()).build();
    }

    @POST
    @IdempotentCreate
    @Path("{id: [0-9]+}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Take a step (ACKNOWLEDGE, INVESTIGATE, OFFER, ACCEPT_OFFER, REJECT_OFFER, REJECT, CLOSE, WITHDRAW,"
                            + " ESCALATE, REOPEN); needs If-Match with the ETag read, 412 if the dispute "
                            + "changed meanwhile")
    @APIResponse(
            responseCode = "200",
            description = "The dispute after the step, with its new ETag",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response step(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StepRequest body) {
        int version = ETags.requiredVersion(ifMatch);
        DisputeView d = steps.act(
                id, version, new DisputeSteps.Step(DisputeAction.step(body.action()), body.amount(), body.note()));
        return ETags.ok(d, d.version()).build();
    }

    @GET
    @Path("{id: [0-9]+}/record")
    @Operation(
            summary = "Every change of the dispute, oldest first: who, when (UTC), from which state to which, "
                    + "amounts, level")
    public Listing<DisputeSteps.RecordLine> record(@PathParam("id") long id) {
        return Listing.whole(steps.record(id));
    }

    @GET
    @Path("{id: [0-9]+}/record.{format: csv|xlsx|pdf}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(
            summary = "The dispute's record as a CSV, Excel or PDF file: every change, oldest first; the PDF "
                    + "is laid out for" + " people, in the language Accept-Language asks for (English or Chinese)")
    @APIResponse(
            responseCode = "200",
            description = "The record as a file",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response recordFile(
            @PathParam("id") long id, @PathParam("format") String extension, @Context HttpHeaders headers) {
        if ("pdf".equals(extension)) {
            DisputeView d = steps.get(
                    id); // access is decided before streaming: a refusal is a problem answer, not a broken file
            return Documents.pdf(
                    d.claimNumber() + "-record.pdf", out -> recordDocument.pdf(id, Documents.formats(headers), out));
        }
        TableWriter.Format format = TableWriter.Format.ofExtension(extension);
        DisputeView d =
                steps.get(id); // access is decided before streaming: a refusal is a problem answer, not a broken file
        jakarta.ws.rs.core.StreamingOutput body = out -> steps.writeRecord(id, format, out);
        return Response.ok(body, format.contentType())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(d.claimNumber() + "-record." + format.extension()))
                .build();
    }

    public record MessageRequest(@NotNull String text, boolean internal) {}

    @GET
    @Path("{id: [0-9]+}/messages")
    @Operation(summary = "The dispute's message thread, oldest first (the 3PL also sees its internal notes)")
    public Listing<DisputeThread.MessageView> messages(@PathParam("id") long id) {
        return Listing.whole(thread.messages(id));
    }

    @POST
    @IdempotentCreate
    @Path("{id: [0-9]+}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to the other side, or (3PL keys) an internal note that the client never sees")
    @APIResponse(
            responseCode = "201",
            description = "The message as written",
            content = @Content(schema = @Schema(implementation = DisputeThread.MessageView.class)))
    public Response write(@PathParam("id") long id, @Valid @NotNull MessageRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(thread.write(id, body.text(), body.internal()))
                .build();
    }

    @POST
    @IdempotentCreate
    @Path("{id: [0-9]+}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Attach evidence: the file's bytes as the body, its name in ?name=; PDF, PNG or JPEG by "
                    + "content, at most 10 MiB")
    @APIResponse(
            responseCode = "201",
            description = "The evidence file as stored",
            content = @Content(schema = @Schema(implementation = DisputeThread.AttachmentView.class)))
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, java.io.InputStream body)
            throws java.io.IOException {
        byte[] content = body.readNBytes(Attachment.MAX_BYTES + 1); // one byte more tells a file that is too large
        return Response.status(Response.Status.CREATED)
                .entity(thread.attach(id, name, content))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}/attachments")
    @Operation(summary = "The dispute's evidence files")
    public Listing<DisputeThread.AttachmentView> attachments(@PathParam("id") long id) {
        return Listing.whole(thread.attachments(id));
    }

    @GET
    @Path("{id: [0-9]+}/attachments/{attachmentId: [0-9]+}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "Download one evidence file")
    @APIResponse(
            responseCode = "200",
            description = "The evidence file",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        DisputeThread.Download d = thread.download(id, attachmentId);
        return Response.ok(d.content(), d.attachment().contentType())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(d.attachment().fileName()))
                .build();
    }

    @GET
    @Path("statistics")
    @Operation(
            summary = "Open disputes by kind, ladder level and age; disputes settled this year and their "
                    + "amounts (3PL integration keys)")
    public DisputeStatistics.Statistics statistics() {
        return statistics.statistics();
    }

    @POST
    @IdempotentCreate
    @Path("escalations")
    @Operation(
            summary = "Run the deadline job for a day: reminders, then every open dispute whose ladder level "
                    + "ran out of time escalated;"
                    + " under the job's lease (ran: false while another server runs it) (3PL integration keys)")
    public Escalated escalate(@QueryParam("day") String day) {
        int escalated = deadlines.escalateOverdueAsAsked(DayParams.optional("day", day));
        return new Escalated(escalated >= 0, Math.max(0, escalated));
    }
}
