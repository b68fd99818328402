package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.sla.BreachView;
import org.threepl.portal.application.sla.LateShipmentView;
import org.threepl.portal.application.sla.SlaBreaches;
import org.threepl.portal.application.sla.SlaDashboard;
import org.threepl.portal.application.sla.SlaDashboards;
import org.threepl.portal.application.sla.SlaReports;
import org.threepl.portal.application.sla.SlaRollups;
import org.threepl.portal.application.sla.SlaTermView;
import org.threepl.portal.application.sla.SlaTerms;
import org.threepl.portal.interfaces.http.ContentDisposition;

/** Service levels: contracts' SLA terms, KPI results per period, breaches and credits, and what lies behind them. */
@Tag(name = "Service levels", description = "SLA terms, KPIs, breaches and reports")
@Path("/v1/sla")
@Produces(MediaType.APPLICATION_JSON)
public class SlaResource {

    @Inject
    org.threepl.portal.application.sla.SlaPeriodDocument periodDocument;

    @Inject
    SlaTerms terms;

    @Inject
    SlaDashboards dashboards;

    @Inject
    SlaBreaches breachEntries;

    @Inject
    SlaReports reports;

    @Inject
    SlaRollups rollups;

    @Context
    UriInfo uriInfo;

    public record NewTermRequest(
            @NotNull String kpi,
            @NotNull BigDecimal target,
            @NotNull String period,
            String scopeKind,
            String scopeValue,
            Integer toleranceMinutes,
            BigDecimal bonusThreshold,
            BigDecimal bonusPercent,
            BigDecimal penaltyThreshold,
            BigDecimal penaltyPercent,
            @NotNull LocalDate effectiveFrom) {}

    public record Recomputed(long shipmentsRead) {}

    @GET
    @Path("terms")
    @Operation(
            summary =
                    "An organisation's SLA terms, every version (a client key: its own when no organisation is named)")
    public Listing<SlaTermView> terms(@QueryParam("organisation") Long organisation) {
        return Listing.whole(terms.terms(dashboards.organisationOrOwn(organisation)));
    }

    @POST
    @IdempotentCreate
    @Path("contracts/{contractId}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Records an SLA term, or a new version of one from a later date (3PL integration keys with WRITE)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded: the term, the organisation's terms in Location",
            content = @Content(schema = @Schema(implementation = SlaTermView.class)))
    public Response addTerm(@PathParam("contractId") long contractId, @Valid @NotNull NewTermRequest body) {
        SlaTermView created = terms.addTerm(
                contractId,
                new SlaTerms.NewTerm(
                        body.kpi(),
                        body.target(),
                        body.period(),
                        body.scopeKind(),
                        body.scopeValue(),
                        body.toleranceMinutes(),
                        body.bonusThreshold(),
                        body.bonusPercent(),
                        body.penaltyThreshold(),
                        body.penaltyPercent(),
                        body.effectiveFrom()));
        URI location = uriInfo.getBaseUriBuilder()
                .path("v1/sla/terms")
                .queryParam("organisation", created.organisationId())
                .build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("kpis")
    @Operation(
            summary =
                    "Each KPI of the terms in force: the current period and the five before it, with value, numerator,"
                            + " denominator, status, performance ratio C and bonus–malus; the breaches of "
                            + "the last twelve months; how fresh")
    public SlaDashboard kpis(@QueryParam("organisation") Long organisation) {
        return dashboards.dashboard(dashboards.organisationOrOwn(organisation));
    }

    @GET
    @Path("breaches")
    @Operation(
            summary = "The organisation's breach entries (a KPI breached over a closed period), newest first, with the"
                    + " account manager's comment")
    public Listing<BreachView> breaches(@QueryParam("organisation") Long organisation) {
        return Listing.whole(breachEntries.breaches(dashboards.organisationOrOwn(organisation)));
    }

    @GET
    @Path("terms/{termId}/shipments")
    @Operation(summary = "The shipments that count against a term's KPI in the period containing the given day")
    public Listing<LateShipmentView> against(@PathParam("termId") long termId, @QueryParam("period") String period) {
        return Listing.whole(dashboards.shipmentsAgainst(termId, DayParams.required("period", period)));
    }

    @GET
    @Path("report.{format: csv|xlsx|pdf}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(
            summary =
                    "The period report: every KPI in force over its period containing the given day (default today), as"
                            + " CSV or Excel (target, actual with numerator and denominator, status, C, "
                            + "bonus–malus and its calculation) or as a PDF laid"
                            + " out for people, with a chart, in the language Accept-Language asks for "
                            + "(English or Chinese)")
    @APIResponse(
            responseCode = "200",
            description = "The SLA period report as a file",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response report(
            @PathParam("format") String extension,
            @QueryParam("organisation") Long organisation,
            @QueryParam("day") String day,
            @Context HttpHeaders headers) {
        TableWriter.Format format = TableWriter.Format.ofExtension(extension);
        Long org = dashboards.organisationOrOwn(organisation);
        LocalDate on = DayParams.optional("day", day);
        // resolve access before streaming, so that a refusal is a problem answer, not a broken file
        terms.terms(org);
        if (format == TableWriter.Format.PDF) {
            return Documents.pdf(
                    "service-levels.pdf", out -> periodDocument.pdf(org, on, Documents.formats(headers), out));
        }
        jakarta.ws.rs.core.StreamingOutput body = out -> reports.report(org, on, format, out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", ContentDisposition.attachment("service-levels." + format.extension()))
                .build();
    }

    @POST
    @IdempotentCreate
    @Path("rollups/run")
    @Operation(
            summary = "Run the scheduled KPI roll-up now (3PL integration keys): the days fed by shipments "
                    + "changed since its last"
                    + " run and the last three days, then the alerts; ran=false if another server " + "is running it")
    public SlaRollups.RollupRun runRollups() {
        return rollups.runRollupsNow();
    }

    @POST
    @IdempotentCreate
    @Path("recompute")
    @Operation(
            summary = "Recomputes an organisation's daily KPI roll-ups for a range of days (3PL integration "
                    + "keys with WRITE)")
    public Recomputed recompute(
            @QueryParam("organisation") Long organisation,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return new Recomputed(rollups.recompute(
                dashboards.organisationOrOwn(organisation),
                DayParams.required("from", from),
                DayParams.required("to", to)));
    }
}
