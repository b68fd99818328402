package org.threepl.portal.interfaces.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through the portal's own login page; credentials are checked by
 * {@link org.threepl.portal.infrastructure.security.PortalIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"CLIENT_ADMIN", "CLIENT_USER", "ACCOUNT_MANAGER", "OPS_ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
