package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.relationship.ClientRelationships;
import org.threepl.portal.application.relationship.SurveyService;
import org.threepl.portal.application.relationship.SurveyViews;

/**
 * Satisfaction surveys once sent ({@code /v1/relationship/surveys}): read by the client and the 3PL, answered by the
 * client's keys, withdrawn by the 3PL's, each change on the version read (If-Match). A survey is sent to a client
 * through {@link RelationshipResource} ({@code clients/{org}/surveys}).
 */
@Tag(name = "Surveys", description = "Satisfaction surveys")
@Path("/v1/relationship/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipSurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    ClientRelationships clients;

    @GET
    @Operation(summary = "The organisation's satisfaction surveys, newest first")
    public Listing<SurveyViews.SurveyView> surveys(@QueryParam("organisation") Long organisation) {
        return Listing.whole(surveys.surveys(clients.organisationOrOwn(organisation)));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One survey, with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "The survey, with its ETag",
            content = @Content(schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    public Response survey(@PathParam("id") long id) {
        SurveyViews.SurveyView s = surveys.survey(id);
        return ETags.ok(s, s.version()).build();
    }

    public record AnswerRequest(@NotNull List<SurveyService.Answer> answers, String comment) {}

    @POST
    @IdempotentCreate
    @Path("{id: [0-9]+}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer a survey (the client's keys with WRITE): every dimension with expected (1–7) "
                    + "and perceived (0–7);" + " needs If-Match; final")
    @APIResponse(
            responseCode = "200",
            description = "The survey as answered, with its new ETag",
            content = @Content(schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    public Response answer(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AnswerRequest body) {
        int version = ETags.requiredVersion(ifMatch);
        SurveyViews.SurveyView s = surveys.answer(id, version, body.answers(), body.comment());
        return ETags.ok(s, s.version()).build();
    }

    @POST
    @IdempotentCreate
    @Path("{id: [0-9]+}/withdrawal")
    @Operation(summary = "Withdraw a survey not answered yet (3PL keys with WRITE); needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The survey as withdrawn, with its new ETag",
            content = @Content(schema = @Schema(implementation = SurveyViews.SurveyView.class)))
    public Response withdrawSurvey(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SurveyViews.SurveyView s = surveys.withdraw(id, ETags.requiredVersion(ifMatch));
        return ETags.ok(s, s.version()).build();
    }
}
