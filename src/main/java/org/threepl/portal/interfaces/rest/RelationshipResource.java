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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.relationship.AccountRecords;
import org.threepl.portal.application.relationship.ClientRelationships;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.ProfileViews;
import org.threepl.portal.application.relationship.Recomputations;
import org.threepl.portal.application.relationship.RelationshipProfiles;
import org.threepl.portal.application.relationship.RelationshipSettingsService;
import org.threepl.portal.application.relationship.RelationshipViews;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.application.relationship.SurveyService;
import org.threepl.portal.application.relationship.SurveyViews;
import org.threepl.portal.application.relationship.TierViews;
import org.threepl.portal.application.relationship.TrendViews;

/**
 * Relationship management. For a client's keys: its own tier, benefits and progress, its profile summary and its
 * satisfaction surveys (answered with If-Match). For the 3PL's keys ({@link PortfolioResource} has the portfolio): each
 * client's profile with every contribution, trends, contacts, recorded facts, tier proposals and their approval
 * (If-Match, 412 on a stale version), tasks, settings and recomputation. A survey once sent is
 * {@link RelationshipSurveyResource}'s.
 */
@Tag(name = "Relationship", description = "Relationship management: portfolio, profiles, tiers, tasks, settings")
@Path("/v1/relationship")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    @Inject
    ClientRelationships clients;

    @Inject
    RelationshipProfiles profiles;

    @Inject
    AccountRecords records;

    @Inject
    Recomputations recomputations;

    @Inject
    PartnershipService partnership;

    @Inject
    RelationshipSettingsService settingsService;

    @Inject
    SurveyService surveys;

    @Context
    UriInfo uriInfo;

    // --- the client's own ---

    @GET
    @Path("tier")
    @Operation(
            summary = "The organisation's partnership tier with its benefits, the progress towards the next "
                    + "tier (each entry rule:"
                    + " required, actual, passed, gap) and every tier's benefits; a client key: its own")
    public TierViews.TierStatus tier(@QueryParam("organisation") Long organisation) {
        return clients.tierStatus(clients.organisationOrOwn(organisation));
    }

    @GET
    @Path("summary")
    @Operation(
            summary = "The organisation's relationship summary: tier, retention bonds in place, satisfaction "
                    + "(survey C, SLA ratio," + " combined), account managers, business reviews; nothing internal")
    public ProfileViews.ClientSummary summary(@QueryParam("organisation") Long organisation) {
        return clients.summary(clients.organisationOrOwn(organisation));
    }

    // --- the 3PL's ---

    @GET
    @Path("clients/{org: [0-9]+}/profile")
    @Operation(
            summary = "A client's whole profile (3PL keys): every switching-cost score with the contributions "
                    + "that explain it, value"
                    + " and segment, lifetime value with its formula, satisfaction, lifecycle and "
                    + "churn signals, bonds, tier recommendation")
    public ProfileViews.Profile profile(@PathParam("org") long org) {
        return profiles.profile(org);
    }

    @GET
    @Path("clients/{org: [0-9]+}/trend")
    @Operation(summary = "A client's daily figures over the last days (default 365), oldest first (3PL keys)")
    public Listing<TrendViews.TrendPoint> trend(
            @PathParam("org") long org, @QueryParam("days") @DefaultValue("365") int days) {
        return Listing.whole(profiles.trend(org, days));
    }

    @GET
    @Path("clients/{org: [0-9]+}/contacts")
    @Operation(summary = "A client's contact log, newest first (3PL keys)")
    public Listing<RelationshipViews.ContactView> contacts(
            @PathParam("org") long org,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Listing.offset(records.contacts(org, offset, limit), offset, uriInfo);
    }

    @POST
    @IdempotentCreate
    @Path("clients/{org: [0-9]+}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a call, visit, business review or care action (3PL keys with WRITE)")
    @APIResponse(
            responseCode = "201",
            description = "The contact as logged",
            content = @Content(schema = @Schema(implementation = RelationshipViews.ContactView.class)))
    public Response logContact(@PathParam("org") long org, @Valid @NotNull RelationshipRequests.ContactRequest body) {
        RelationshipViews.ContactView c = records.logContact(
                org,
                new AccountRecords.NewContact(
                        body.kind(),
                        body.occurredOn(),
                        body.contactPerson(),
                        body.summary(),
                        body.nextStep(),
                        body.nextStepDue()));
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    @GET
    @Path("clients/{org: [0-9]+}/facts")
    @Operation(
            summary = "What the 3PL recorded about a client (exit fee, dedicated assets, volume discount, "
                    + "internal note), with its ETag" + " (\"-1\" while nothing is recorded)")
    @APIResponse(
            responseCode = "200",
            description = "The recorded facts, with their ETag",
            content = @Content(schema = @Schema(implementation = RelationshipViews.FactsView.class)))
    public Response facts(@PathParam("org") long org) {
        RelationshipViews.FactsView f = records.facts(org);
        return ETags.ok(f, f.version()).build();
    }

    @PUT
    @Path("clients/{org: [0-9]+}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the facts as a whole (3PL keys with WRITE); needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The facts as recorded, with their new ETag",
            content = @Content(schema = @Schema(implementation = RelationshipViews.FactsView.class)))
    public Response recordFacts(
            @PathParam("org") long org,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RelationshipRequests.FactsRequest body) {
        int version = ETags.requiredVersion(ifMatch);
        RelationshipViews.FactsView f = records.recordFacts(
                org,
                version,
                new AccountRecords.NewFacts(
                        body.exitFee(),
                        body.exitFeeCurrency(),
                        body.dedicatedAssets(),
                        body.dedicatedAssetsValue(),
                        body.dedicatedAssetsCurrency(),
                        body.volumeDiscountPercent(),
                        body.accruedRebates(),
                        body.accruedRebatesCurrency(),
                        body.internalNote()));
        return ETags.ok(f, f.version()).build();
    }

    @POST
    @IdempotentCreate
    @Path("clients/{org: [0-9]+}/surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a satisfaction survey to a client (3PL keys with WRITE); due in 14 days unless given")
    @APIResponse(
            responseCode = "201",
            description = "Sent: the survey, its address in Location, its ETag",
            content = @Content(schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    public Response sendSurvey(@PathParam("org") long org, @Valid @NotNull RelationshipRequests.SurveyRequest body) {
        SurveyViews.SurveyView s = surveys.send(org, body.title(), body.dueOn());
        URI location =
                uriInfo.getBaseUriBuilder().path("v1/relationship/surveys/{id}").build(s.id());
        return Response.created(location).tag(ETags.of(s.version())).entity(s).build();
    }

    @GET
    @Path("clients/{org: [0-9]+}/proposals")
    @Operation(summary = "A client's tier proposals, newest first (3PL keys)")
    public Listing<RelationshipViews.ProposalView> proposalsOf(@PathParam("org") long org) {
        return Listing.whole(partnership.proposalsOf(org));
    }

    @POST
    @IdempotentCreate
    @Path("clients/{org: [0-9]+}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Propose a new tier for a client, with a reason (3PL keys with WRITE); one open "
                    + "proposal per client")
    @APIResponse(
            responseCode = "201",
            description = "Proposed: the proposal, its address in Location, its ETag",
            content = @Content(schema = @Schema(implementation = RelationshipViews.ProposalView.class)))
    public Response propose(@PathParam("org") long org, @Valid @NotNull RelationshipRequests.ProposalRequest body) {
        RelationshipViews.ProposalView p = partnership.propose(org, body.toTier(), body.reason());
        URI location = uriInfo.getBaseUriBuilder()
                .path("v1/relationship/proposals/{id}")
                .build(p.id());
        return Response.created(location).tag(ETags.of(p.version())).entity(p).build();
    }

    @GET
    @Path("clients/{org: [0-9]+}/tier-history")
    @Operation(summary = "Every change of a client's tier, newest first (3PL keys)")
    public Listing<RelationshipViews.HistoryView> history(@PathParam("org") long org) {
        return Listing.whole(partnership.history(org));
    }

    @GET
    @Path("proposals")
    @Operation(
            summary = "Tier proposals of the key's clients in a state (PROPOSED: the approval queue), oldest "
                    + "first (3PL keys)")
    public Listing<RelationshipViews.ProposalView> proposals(
            @QueryParam("state") String state,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Listing.offset(partnership.proposals(state, offset, limit), offset, limit, uriInfo);
    }

    @GET
    @Path("proposals/{id: [0-9]+}")
    @Operation(summary = "One tier proposal, with its ETag (3PL keys)")
    @APIResponse(
            responseCode = "200",
            description = "The proposal, with its ETag",
            content = @Content(schema = @Schema(implementation = RelationshipViews.ProposalView.class)))
    public Response proposal(@PathParam("id") long id) {
        RelationshipViews.ProposalView p = partnership.proposal(id);
        return ETags.ok(p, p.version()).build();
    }

    @POST
    @IdempotentCreate
    @Path("proposals/{id: [0-9]+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "APPROVE or REJECT a proposal with a reason (3PL keys with WRITE, never the proposer's "
                    + "own) or WITHDRAW it (the" + " proposer); needs If-Match, 412 if it changed meanwhile")
    @APIResponse(
            responseCode = "200",
            description = "The proposal as decided, with its new ETag",
            content = @Content(schema = @Schema(implementation = RelationshipViews.ProposalView.class)))
    public Response decide(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RelationshipRequests.DecisionRequest body) {
        int version = ETags.requiredVersion(ifMatch);
        RelationshipViews.ProposalView p = partnership.decide(id, version, body.action(), body.reason());
        return ETags.ok(p, p.version()).build();
    }

    @GET
    @Path("tasks")
    @Operation(
            summary = "Account-manager tasks of the key's clients (decline, business review due, contact "
                    + "due); state OPEN or DONE (3PL keys)")
    public Listing<RelationshipViews.TaskView> tasks(
            @QueryParam("organisation") Long organisation,
            @QueryParam("state") String state,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Listing.offset(records.tasks(organisation, state, offset, limit), offset, limit, uriInfo);
    }

    @POST
    @IdempotentCreate
    @Path("tasks/{id: [0-9]+}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a task done, with an optional note (3PL keys with WRITE); needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The task as done, with its new ETag",
            content = @Content(schema = @Schema(implementation = RelationshipViews.TaskView.class)))
    public Response done(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RelationshipRequests.DoneRequest body) {
        int version = ETags.requiredVersion(ifMatch);
        RelationshipViews.TaskView t = records.completeTask(id, version, body == null ? null : body.note());
        return ETags.ok(t, t.version()).build();
    }

    @GET
    @Path("settings")
    @Operation(
            summary = "Every setting of relationship management: proxy weights and scales, facet and group "
                    + "weights, value, segments,"
                    + " lifetime value, satisfaction, lifecycle, reminders, exchange rates, "
                    + "partnership tiers; with its ETag (3PL keys)")
    @APIResponse(
            responseCode = "200",
            description = "Every setting, with their ETag",
            content = @Content(schema = @Schema(implementation = SettingsDocument.Settings.class)))
    public Response settings() {
        SettingsDocument.Settings s = partnership.settings();
        return ETags.ok(s, s.version()).build();
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace every setting (3PL keys with WRITE): send back what GET gave, changed; needs "
                    + "If-Match; bad values are" + " refused field by field")
    @APIResponse(
            responseCode = "200",
            description = "The settings as replaced, with their new ETag",
            content = @Content(schema = @Schema(implementation = SettingsDocument.Settings.class)))
    public Response updateSettings(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SettingsDocument.Settings body) {
        int version = ETags.requiredVersion(ifMatch);
        SettingsDocument.Settings s = settingsService.update(version, body);
        return ETags.ok(s, s.version()).build();
    }

    @POST
    @IdempotentCreate
    @Path("recompute")
    @Operation(
            summary = "Recompute now, as the hourly job does: one client (organisation=…) or all (3PL keys "
                    + "with WRITE); ran=false if a" + " run is in progress")
    public Recomputations.RecomputeRun recompute(@QueryParam("organisation") Long organisation) {
        return recomputations.recompute(organisation);
    }
}
