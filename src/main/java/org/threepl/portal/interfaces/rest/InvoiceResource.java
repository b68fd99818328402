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
import jakarta.ws.rs.PUT;
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
import org.threepl.portal.application.billing.InvoiceQueries;
import org.threepl.portal.application.billing.InvoiceRecording;
import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.domain.model.billing.InvoiceStatus;
import org.threepl.portal.domain.model.shared.Enums;

/** Invoices: recorded by the 3PL's billing system by number, read by clients (their own) and the 3PL. */
@Tag(name = "Invoices", description = "Invoices recorded by the billing system")
@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceRecording recording;

    @Inject
    InvoiceQueries invoices;

    @Inject
    org.threepl.portal.application.billing.InvoiceDocument document;

    @Context
    UriInfo uriInfo;

    /**
     * {@code total} is the sum of the lines, net of {@code tax}; {@code paidOn} is the day the billing system saw the
     * payment.
     */
    public record InvoiceRequest(
            @NotNull String organisation,
            String contractNumber,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            BigDecimal total,
            BigDecimal tax,
            BigDecimal cost,
            LocalDate paidOn,
            String sourceSystem,
            List<LineRequest> lines) {}

    public record LineRequest(
            Integer lineNo,
            String chargeType,
            String description,
            String shipmentReference,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            String currency) {}

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record an invoice by its number (3PL integration keys with WRITE): 201 when new; "
                    + "replacing a changed one"
                    + " needs If-Match (428 without, 412 when stale); the same content again "
                    + "answers 200 and changes nothing",
            description = "Every bad field is reported at once (lines by index: lines[2].amount). Lines name "
                    + "shipments by the client's" + " reference. A line a dispute names cannot change or go.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded: the invoice, its address in Location, its ETag",
            content = @Content(schema = @Schema(implementation = InvoiceViews.InvoiceDetail.class)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced, or the same content again: the invoice with its ETag",
            content = @Content(schema = @Schema(implementation = InvoiceViews.InvoiceDetail.class)))
    public Response record(
            @PathParam("number") String number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InvoiceRequest body) {
        Integer version = ifMatch == null || ifMatch.isBlank() ? null : ETags.requiredVersion(ifMatch);
        List<InvoiceRecording.LineInput> lines = body.lines() == null
                ? null
                : body.lines().stream()
                        .map(l -> l == null
                                ? null
                                : new InvoiceRecording.LineInput(
                                        l.lineNo(),
                                        l.chargeType(),
                                        l.description(),
                                        l.shipmentReference(),
                                        l.quantity(),
                                        l.unitPrice(),
                                        l.amount(),
                                        l.currency()))
                        .toList();
        InvoiceRecording.Recorded r = recording.record(
                number,
                version,
                new InvoiceRecording.InvoiceInput(
                        body.organisation(),
                        body.contractNumber(),
                        body.issuedOn(),
                        body.dueOn(),
                        body.currency(),
                        body.total(),
                        body.tax(),
                        body.cost(),
                        body.paidOn(),
                        body.sourceSystem(),
                        lines));
        if (r.created()) {
            URI location = uriInfo.getBaseUriBuilder()
                    .path("v1/invoices/{id}")
                    .build(r.invoice().id());
            return Response.created(location)
                    .tag(ETags.of(r.invoice().version()))
                    .entity(r.invoice())
                    .build();
        }
        return ETags.ok(r.invoice(), r.invoice().version()).build();
    }

    @GET
    @Operation(
            summary = "The invoices the key may see, newest first, keyset-paged (follow 'next'); filter by "
                    + "organisation, issue days"
                    + " and status (OPEN, DUE within 7 days, OVERDUE, PAID, CREDITED by settled disputes)")
    public Listing<InvoiceViews.InvoiceSummary> list(
            @QueryParam("organisation") Long organisation,
            @QueryParam("issuedFrom") String issuedFrom,
            @QueryParam("issuedTo") String issuedTo,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        InvoiceViews.SearchPage page = invoices.search(
                organisation,
                DayParams.optional("issuedFrom", issuedFrom),
                DayParams.optional("issuedTo", issuedTo),
                Enums.parseOptional(InvoiceStatus.class, "status", status),
                cursor,
                limit);
        return Listing.keyset(page.items(), "cursor", page.nextCursor(), uriInfo);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One invoice with its lines and the disputes that name them, with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "The invoice with its lines, with its ETag",
            content = @Content(schema = @Schema(implementation = InvoiceViews.InvoiceDetail.class)))
    public Response get(@PathParam("id") long id) {
        InvoiceViews.InvoiceDetail d = invoices.get(id);
        return ETags.ok(d, d.version()).build();
    }

    @GET
    @Path("{id: [0-9]+}.pdf")
    @Produces("application/pdf")
    @Operation(
            summary = "The invoice as a PDF laid out for people (status, net, tax, total, credit notes, "
                    + "subtotals by charge, lines),"
                    + " in the language Accept-Language asks for (English or Chinese); never the 3PL's cost")
    @APIResponse(
            responseCode = "200",
            description = "The invoice as PDF",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        InvoiceViews.InvoiceDetail d = invoices.get(id); // access is decided before streaming
        return Documents.pdf(d.invoiceNumber() + ".pdf", out -> document.pdf(id, Documents.formats(headers), out));
    }
}
