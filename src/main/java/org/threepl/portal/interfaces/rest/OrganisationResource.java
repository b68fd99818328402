package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.ClientUserService;
import org.threepl.portal.application.ContractService;
import org.threepl.portal.application.NewUser;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.view.ContractView;
import org.threepl.portal.application.view.CreatedUser;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.ServiceType;

@Tag(name = "Organisations", description = "Organisations, their contracts and users")
@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    ContractService contracts;

    @Inject
    ClientUserService users;

    @Context
    UriInfo uriInfo;

    /** A page of a keyset-paged list, with the link to the next page when there is one. */
    public record RenameRequest(@NotBlank @Size(max = 200) String name) {}

    public record NewUserRequest(
            @NotBlank @Size(min = 3, max = 64) String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull Role role) {}

    public record NewContractRequest(
            @NotBlank @Size(max = 40) String contractNumber,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotEmpty Set<ServiceType> services,

            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4)
            BigDecimal monthlyFee,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
            String currency) {}

    @GET
    @Operation(summary = "The organisations the credential may see, by id, keyset-paged")
    public Listing<OrganisationView> list(
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        List<OrganisationView> page = organisations.listAfter(after, limit + 1);
        boolean more = page.size() > limit;
        List<OrganisationView> items = more ? page.subList(0, limit) : page;
        return Listing.keyset(items, "after", more ? items.get(items.size() - 1).id() : null, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation; its ETag is needed to change it")
    @APIResponse(
            responseCode = "200",
            description = "The organisation, with its ETag",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response get(@PathParam("id") long id) {
        OrganisationView o = organisations.get(id);
        return ETags.ok(o, o.version()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename an organisation (3PL integrations only); needs If-Match with the ETag read")
    @APIResponse(
            responseCode = "200",
            description = "The organisation as renamed, with its new ETag",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response rename(
            @PathParam("id") long id,
            @Parameter(description = "The ETag from GET") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RenameRequest body) {
        int version = ETags.requiredVersion(ifMatch);
        OrganisationView o = organisations.rename(id, version, body.name());
        return ETags.ok(o, o.version()).build();
    }

    @GET
    @Path("{id}/contracts")
    @Operation(summary = "The organisation's contracts, newest first")
    public Listing<ContractView> contracts(@PathParam("id") long id) {
        return Listing.whole(contracts.ofOrganisation(id));
    }

    @POST
    @IdempotentCreate
    @Path("{id}/contracts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a client contract (3PL integrations with WRITE scope only)")
    @APIResponse(
            responseCode = "201",
            description = "Created: the contract, its address in Location, its ETag",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response createContract(@PathParam("id") long id, @Valid @NotNull NewContractRequest body) {
        ContractView created = contracts.create(
                id,
                new ContractService.NewContract(
                        body.contractNumber(),
                        body.startDate(),
                        body.endDate(),
                        body.services(),
                        body.monthlyFee(),
                        body.currency()));
        URI location = uriInfo.getBaseUriBuilder().path("v1/contracts/{id}").build(created.id());
        return Response.created(location)
                .tag(ETags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}/users")
    @Operation(summary = "The organisation's portal users (needs a credential that may administer it)")
    public Listing<UserView> users(
            @PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        Page<UserView> page = users.listUsers(id, offset, limit);
        return Listing.offset(page, offset, uriInfo);
    }

    @POST
    @IdempotentCreate
    @Path("{id}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a portal user; the answer carries a one-time temporary password")
    @APIResponse(
            responseCode = "201",
            description = "Created: the user and the one-time set-up link, its address in Location",
            content = @Content(schema = @Schema(implementation = CreatedUser.class)))
    public Response createUser(@PathParam("id") long id, @Valid @NotNull NewUserRequest body) {
        CreatedUser created =
                users.createClientUser(id, new NewUser(body.username(), body.displayName(), body.email(), body.role()));
        URI location = uriInfo.getBaseUriBuilder()
                .path("v1/organisations/{id}/users/{userId}")
                .build(id, created.user().id());
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}/users/{userId}")
    @Operation(summary = "One portal user of the organisation")
    public UserView user(@PathParam("id") long id, @PathParam("userId") long userId) {
        return users.getUser(id, userId);
    }
}
