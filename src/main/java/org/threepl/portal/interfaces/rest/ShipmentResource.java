package org.threepl.portal.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.shipment.BatchResult;
import org.threepl.portal.application.shipment.ShipmentDetail;
import org.threepl.portal.application.shipment.ShipmentFilter;
import org.threepl.portal.application.shipment.ShipmentIngestionService;
import org.threepl.portal.application.shipment.ShipmentInput;
import org.threepl.portal.application.shipment.ShipmentQueryService;
import org.threepl.portal.application.shipment.ShipmentSort;
import org.threepl.portal.application.shipment.ShipmentSummary;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;
import org.threepl.portal.interfaces.http.ContentDisposition;

/** One instance for all requests (application-scoped): nothing is built or injected per request. */
@Tag(name = "Shipments", description = "Shipments, their history, proof of delivery and notes")
@Path("/v1/shipments")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ShipmentResource {

    static final Jsonb CANONICAL = JsonbBuilder.create();

    @Inject
    ShipmentIngestionService ingestion;

    @Inject
    ShipmentQueryService queries;

    @Inject
    org.threepl.portal.application.shipment.ShipmentExportService exports;

    @Inject
    org.threepl.portal.application.shipment.ShipmentNoteService notes;

    public record NoteRequest(@NotBlank @Size(max = 2000) String text) {}

    public record ShipmentBatch(
            @NotNull @Size(min = 1, max = ShipmentIngestionService.MAX_BATCH)
            List<ShipmentInput> shipments) {}

    public record ShipmentListing(List<ShipmentSummary> items, String next) implements NextPage {}

    public record ProofOfDeliveryRequest(
            @NotBlank @Size(max = 200) String signedBy,
            @NotBlank String signedAt,
            @NotNull @Min(0) Integer deliveredQuantity,
            @Size(max = 200) String documentName,
            String documentBase64) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or update shipments by the client's reference (up to 1,000 per request)",
            description =
                    "Items are checked one by one: valid items are stored, invalid ones come back with their index"
                            + " and field errors. Re-sending with the same Idempotency-Key answers the same.")
    public BatchResult upsert(
            @Parameter(description = "Optional: makes a retry answer as the first request did")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Valid @NotNull ShipmentBatch body) {
        return ingestion.upsertShipments(body.shipments(), idempotencyKey, () -> CANONICAL.toJson(body));
    }

    @GET
    @Operation(summary = "The shipment history, filtered and keyset-paged (follow 'next')")
    public ShipmentListing list(
            @BeanParam ShipmentQueryParams query,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        ShipmentQueryService.SearchPage page = queries.search(query.filter(), query.sort(), cursor, limit);
        // the next page's address as every list makes it; the shipment list keeps its own type for its fast writer
        return new ShipmentListing(
                page.items(),
                Listing.keyset(page.items(), "cursor", page.nextCursor(), uriInfo)
                        .next());
    }

    @GET
    @Path("export.{format: csv|xlsx|pdf}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(
            summary = "Exactly the shipments the same filters list, in the same order, as CSV, Excel (xlsx) or PDF,"
                    + " streamed (no paging)")
    @APIResponse(
            responseCode = "200",
            description = "The history as a file",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response export(@PathParam("format") String extension, @BeanParam ShipmentQueryParams query) {
        TableWriter.Format format = TableWriter.Format.ofExtension(extension);
        ShipmentFilter filter = query.filter();
        ShipmentSort order = query.sort();
        jakarta.ws.rs.core.StreamingOutput body = out -> exports.write(filter, order, format, out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", ContentDisposition.attachment("shipments." + format.extension()))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One shipment with its whole event timeline and proof of delivery")
    @APIResponse(
            responseCode = "200",
            description = "The shipment with its events, changes and proof of delivery, with its ETag",
            content = @Content(schema = @Schema(implementation = ShipmentDetail.class)))
    public Response get(@PathParam("id") long id) {
        ShipmentDetail d = queries.detail(id);
        return ETags.ok(d, d.shipment().version()).build();
    }

    @PUT
    @Path("{id: [0-9]+}/proof-of-delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record who signed for the delivery; optionally the signed document (PDF, PNG or JPEG, "
                    + "Base64, max 5 MiB)")
    public ShipmentDetail proofOfDelivery(@PathParam("id") long id, @Valid @NotNull ProofOfDeliveryRequest body) {
        byte[] document;
        // refused by its length before it is decoded: 4 Base64 characters carry 3 bytes
        long longest = (org.threepl.portal.domain.model.shipment.PodDocument.MAX_BYTES + 2L) / 3 * 4;
        if (body.documentBase64() != null && body.documentBase64().length() > longest) {
            throw new org.threepl.portal.domain.model.shared.DomainRuleViolation(
                    "documentBase64",
                    "rule.pod.document.tooLarge",
                    "The document is larger than {0} MiB",
                    org.threepl.portal.domain.model.shipment.PodDocument.MAX_BYTES / 1024 / 1024);
        }
        try {
            document =
                    body.documentBase64() == null ? null : Base64.getDecoder().decode(body.documentBase64());
        } catch (IllegalArgumentException e) {
            throw new org.threepl.portal.domain.model.shared.DomainRuleViolation(
                    "documentBase64", "rule.pod.document.base64", "The document is not valid Base64");
        }
        return ingestion.recordProofOfDelivery(
                id, body.signedBy(), body.signedAt(), body.deliveredQuantity(), body.documentName(), document);
    }

    @POST
    @IdempotentCreate
    @Path("{id: [0-9]+}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note to a shipment; the client and the 3PL both see it")
    @APIResponse(
            responseCode = "201",
            description = "The note as written",
            content =
                    @Content(schema = @Schema(implementation = org.threepl.portal.application.shipment.NoteView.class)))
    public Response addNote(@PathParam("id") long id, @Valid @NotNull NoteRequest body) {
        org.threepl.portal.application.shipment.NoteView note = notes.add(id, body.text());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @GET
    @Path("{id: [0-9]+}/proof-of-delivery/document")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The signed proof-of-delivery document")
    @APIResponse(
            responseCode = "200",
            description = "The proof-of-delivery document",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response document(@PathParam("id") long id) {
        ShipmentQueryService.Document doc = queries.podDocument(id);
        return Response.ok(doc.content(), doc.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(doc.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static ShipmentStatus status(String status) {
        return Enums.parseOptional(ShipmentStatus.class, "status", status);
    }
}
