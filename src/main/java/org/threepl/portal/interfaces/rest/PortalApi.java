package org.threepl.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "3PL Client Portal API",
                        version = "1",
                        description =
                                "Organisations, contracts, users and (in later versions) shipments, SLAs and disputes."
                                        + " Authenticate with an API key: 'Authorization: Bearer tpl_…' or "
                                        + "'X-API-Key: tpl_…'."
                                        + " Errors are application/problem+json (RFC 9457)."),
        security = {@SecurityRequirement(name = "bearerKey"), @SecurityRequirement(name = "apiKeyHeader")})
@SecuritySchemes({
    @SecurityScheme(
            securitySchemeName = "bearerKey",
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            description = "An API key issued in the portal, sent as a bearer token"),
    @SecurityScheme(
            securitySchemeName = "apiKeyHeader",
            type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.HEADER,
            apiKeyName = "X-API-Key")
})
public class PortalApi extends Application {}
