package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.view.OrganisationView;

@Tag(name = "Me", description = "Who the key is")
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CallerContext callers;

    @Inject
    OrganisationService organisations;

    /** Who the API caller is: its credential, organisation (none for a 3PL integration) and scopes. */
    public record Me(
            String credential, Long credentialId, List<String> scopes, String access, OrganisationView organisation) {}

    @GET
    @Operation(summary = "The calling credential: its organisation and scopes")
    public Me me() {
        Caller caller = callers.current();
        OrganisationView org = caller.organisationId() == null ? null : organisations.get(caller.organisationId());
        return new Me(
                caller.name(),
                caller.credentialId(),
                caller.scopes().stream().map(Enum::name).sorted().toList(),
                caller.isProvider() ? "ALL_ORGANISATIONS" : "OWN_ORGANISATION",
                org);
    }
}
