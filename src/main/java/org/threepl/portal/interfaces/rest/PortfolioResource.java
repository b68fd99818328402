package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.relationship.PortfolioViews;
import org.threepl.portal.application.relationship.RelationshipPortfolio;

/**
 * The 3PL's portfolio of clients (3PL keys): the clients with their latest figures, and the portfolio's two matrices.
 */
@Tag(name = "Relationship", description = "Relationship management: portfolio, profiles, tiers, tasks, settings")
@Path("/v1/relationship/portfolio")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    @Inject
    RelationshipPortfolio portfolio;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("")
    @Operation(
            summary = "The clients with their latest figures (3PL keys): segment, tier, switching cost, churn "
                    + "risk, stage," + " satisfaction, value, CLV; filter by segment, tier, stage, riskLevel; sort "
                    + "RISK (default), SWITCHING_COST, VALUE, CLV, NAME")
    public Listing<PortfolioViews.PortfolioEntry> portfolio(
            @QueryParam("segment") String segment,
            @QueryParam("tier") String tier,
            @QueryParam("stage") String stage,
            @QueryParam("riskLevel") String riskLevel,
            @QueryParam("sort") String sort,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Listing.offset(
                portfolio.portfolio(
                        new RelationshipPortfolio.PortfolioFilter(segment, tier, stage, riskLevel, sort),
                        offset,
                        limit),
                offset,
                uriInfo);
    }

    @GET
    @Path("matrix")
    @Operation(summary = "How many clients are in each value segment and tier (3PL keys)")
    public PortfolioViews.PortfolioMatrix matrix() {
        return portfolio.matrix();
    }

    @GET
    @Path("strategy-matrix")
    @Operation(
            summary = "How many clients are in each quadrant of the strategy matrix (value segment × relationship"
                    + " level), with the strategy recommended for it (3PL keys)")
    public PortfolioViews.StrategyMatrix strategyMatrix() {
        return portfolio.strategyMatrix();
    }
}
