package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.webhook.WebhookDeliveries;
import org.threepl.portal.application.webhook.WebhookSubscriptions;
import org.threepl.portal.application.webhook.WebhookViews;
import org.threepl.portal.domain.model.webhook.WebhookEventType;

/**
 * Webhooks: an organisation's subscriptions (its client admins, the 3PL's operations admins, and WRITE keys that may
 * see it), their delivery log and redelivery. How receivers check a delivery is in {@code docs/integration.md}.
 */
@Tag(name = "Webhooks", description = "Subscriptions, delivery log and redelivery")
@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookDeliveries deliveries;

    @Context
    UriInfo uriInfo;

    public record SubscriptionRequest(
            @NotNull Long organisation, String url, String description, List<String> eventTypes) {

        WebhookSubscriptions.Input input() {
            return new WebhookSubscriptions.Input(url, description, eventTypes);
        }
    }

    public record Redelivered(int deliveries) {}

    public record TestSent(long delivery) {}

    @GET
    @Path("event-types")
    @Operation(summary = "The types of event a subscription may choose")
    public Listing<WebhookEventType> eventTypes() {
        return Listing.whole(WebhookEventType.subscribable().stream().sorted().toList());
    }

    @GET
    @Path("subscriptions")
    @Operation(summary = "An organisation's subscriptions, oldest first (never their secrets)")
    public Listing<WebhookViews.Subscription> list(@QueryParam("organisation") @NotNull Long organisation) {
        return Listing.whole(subscriptions.of(organisation));
    }

    @POST
    @IdempotentCreate
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe an HTTPS address to types of event: 201 with the signing secret, shown this once "
                    + "(and on GET .../secret)")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed: the subscription with its signing secret (shown this once), its ETag",
            content = @Content(schema = @Schema(implementation = WebhookViews.WithSecret.class)))
    public Response create(@NotNull SubscriptionRequest body) {
        WebhookViews.WithSecret created = subscriptions.create(body.organisation(), body.input());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("v1/webhooks/subscriptions/{id}")
                        .build(created.subscription().id()))
                .tag(ETags.of(created.subscription().version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("subscriptions/{id: [0-9]+}")
    @Operation(summary = "One subscription, with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "The subscription, with its ETag",
            content = @Content(schema = @Schema(implementation = WebhookViews.Subscription.class)))
    public Response get(@PathParam("id") long id) {
        WebhookViews.Subscription s = subscriptions.get(id);
        return ETags.ok(s, s.version()).build();
    }

    @PUT
    @Path("subscriptions/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new address, description or types, on the version read (If-Match: 428 without, 412 stale)")
    @APIResponse(
            responseCode = "200",
            description = "The subscription as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = WebhookViews.Subscription.class)))
    public Response change(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull SubscriptionRequest body) {
        WebhookViews.Subscription s = subscriptions.change(id, ETags.requiredVersion(ifMatch), body.input());
        return ETags.ok(s, s.version()).build();
    }

    @POST
    @IdempotentCreate
    @Path("subscriptions/{id: [0-9]+}/pause")
    @Operation(summary = "Stop sending events for now (If-Match); events meanwhile are not kept")
    @APIResponse(
            responseCode = "200",
            description = "The subscription, paused, with its new ETag",
            content = @Content(schema = @Schema(implementation = WebhookViews.Subscription.class)))
    public Response pause(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return state(id, ifMatch, WebhookSubscriptions.StateChange.PAUSE);
    }

    @POST
    @IdempotentCreate
    @Path("subscriptions/{id: [0-9]+}/resume")
    @Operation(summary = "Send events again (If-Match), also after the portal paused a failing subscription")
    @APIResponse(
            responseCode = "200",
            description = "The subscription, active, with its new ETag",
            content = @Content(schema = @Schema(implementation = WebhookViews.Subscription.class)))
    public Response resume(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return state(id, ifMatch, WebhookSubscriptions.StateChange.RESUME);
    }

    private Response state(long id, String ifMatch, WebhookSubscriptions.StateChange change) {
        WebhookViews.Subscription s = subscriptions.changeState(id, ETags.requiredVersion(ifMatch), change);
        return ETags.ok(s, s.version()).build();
    }

    @GET
    @Path("subscriptions/{id: [0-9]+}/secret")
    @Operation(summary = "The signing secret, to set up the receiver")
    public WebhookViews.WithSecret secret(@PathParam("id") long id) {
        return subscriptions.secret(id);
    }

    @POST
    @IdempotentCreate
    @Path("subscriptions/{id: [0-9]+}/secret")
    @Operation(summary = "A new signing secret (If-Match), used from the next delivery on")
    @APIResponse(
            responseCode = "200",
            description = "The subscription with its new secret, with its new ETag",
            content = @Content(schema = @Schema(implementation = WebhookViews.WithSecret.class)))
    public Response rotate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookViews.WithSecret s = subscriptions.rotateSecret(id, ETags.requiredVersion(ifMatch));
        return ETags.ok(s, s.subscription().version()).build();
    }

    @DELETE
    @Path("subscriptions/{id: [0-9]+}")
    @Operation(summary = "Delete the subscription with its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted, with its waiting deliveries")
    public Response delete(@PathParam("id") long id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    @POST
    @IdempotentCreate
    @Path("subscriptions/{id: [0-9]+}/test")
    @Operation(summary = "Send a TEST event to this subscription (202; follow it in the delivery log)")
    @APIResponse(
            responseCode = "202",
            description = "A test event is on its way: the delivery to follow in the log",
            content = @Content(schema = @Schema(implementation = TestSent.class)))
    public Response test(@PathParam("id") long id) {
        return Response.accepted(new TestSent(subscriptions.sendTest(id))).build();
    }

    @GET
    @Path("subscriptions/{id: [0-9]+}/deliveries")
    @Operation(summary = "The delivery log, newest first, keyset-paged (follow 'next')")
    public Listing<WebhookViews.Delivery> log(
            @PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        WebhookViews.LogPage page = deliveries.log(id, cursor, limit);
        return Listing.keyset(page.items(), "cursor", page.nextCursor(), uriInfo);
    }

    @POST
    @IdempotentCreate
    @Path("subscriptions/{id: [0-9]+}/redeliver")
    @Operation(
            summary = "Send again every event of the subscription that occurred from 'from' to before 'to' "
                    + "(ISO-8601 times or days)")
    @APIResponse(
            responseCode = "202",
            description = "How many deliveries will be sent again",
            content = @Content(schema = @Schema(implementation = Redelivered.class)))
    public Response redeliverRange(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        int n = deliveries.redeliver(id, TimeParams.optional("from", from), TimeParams.optional("to", to));
        return Response.accepted(new Redelivered(n)).build();
    }

    @GET
    @Path("deliveries/{id: [0-9]+}")
    @Operation(summary = "One delivery with the body sent and the first 2,000 characters of the last answer")
    public WebhookViews.DeliveryDetail delivery(@PathParam("id") long id) {
        return deliveries.get(id);
    }

    @POST
    @IdempotentCreate
    @Path("deliveries/{id: [0-9]+}/redeliver")
    @Operation(summary = "Send this event again (the same id and body), as soon as the delivery job runs")
    @APIResponse(
            responseCode = "202",
            description = "The delivery, due again",
            content = @Content(schema = @Schema(implementation = WebhookViews.Delivery.class)))
    public Response redeliver(@PathParam("id") long id) {
        return Response.accepted(deliveries.redeliver(id)).build();
    }
}
