package org.threepl.portal.interfaces.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's web roles. Sign-in is {@link PortalFormAuthentication}; the API authenticates by key in
 * {@link org.threepl.portal.interfaces.rest.ApiKeyAuthenticationFilter}.
 */
@DeclareRoles({"CLIENT_ADMIN", "CLIENT_USER", "ACCOUNT_MANAGER", "OPS_ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {}
