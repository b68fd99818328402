package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.adjustment.AdjustmentQueries;
import org.threepl.portal.application.adjustment.AdjustmentView;

/**
 * Billing adjustments: the credit notes and charges that closed SLA periods, settled disputes and tier incentives
 * issued, read by the billing system (every client's) and by clients (their own).
 */
@Tag(name = "Invoices", description = "Invoices recorded by the billing system")
@Path("/v1/adjustments")
@Produces(MediaType.APPLICATION_JSON)
public class AdjustmentResource {

    @Inject
    AdjustmentQueries adjustments;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            summary =
                    "The billing adjustments the key may see, oldest first, as a feed: follow 'next', or keep the last"
                            + " id and ask again with after=id for those issued since; filter by organisation",
            description = "Each adjustment is a credit note (CREDIT) or a charge (CHARGE, an SLA bonus) with its lines,"
                    + " caused by a closed SLA period (SLA_PERIOD), a settled dispute (DISPUTE_SETTLEMENT, under the"
                    + " credit note's number) or the tier's price incentive on an invoice (TIER_INCENTIVE); issued once"
                    + " per cause, and told by the webhook event BILLING_ADJUSTMENT_ISSUED.")
    public Listing<AdjustmentView> list(
            @QueryParam("organisation") Long organisation,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        AdjustmentQueries.FeedPage page = adjustments.feed(organisation, after, limit);
        return Listing.keyset(page.items(), "after", page.nextAfter(), uriInfo);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One billing adjustment with its lines and its cause")
    public AdjustmentView get(@PathParam("id") long id) {
        return adjustments.get(id);
    }
}
