package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.threepl.portal.application.ContractService;
import org.threepl.portal.application.view.ContractView;

@Path("/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    @Path("{id}")
    @Operation(summary = "One client contract: term, services, monthly fee")
    public Response get(@PathParam("id") long id) {
        ContractView c = contracts.get(id);
        return ETags.ok(c, c.version()).build();
    }
}
