package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in through the portal's own login page ({@link LoginBean}), with credentials checked by
 * {@link org.threepl.portal.infrastructure.security.PortalIdentityStore}.
 * <p>
 * The portal's own mechanism rather than the built-in custom-form one because the built-in one, and
 * {@code @AutoApplySession}, answer a sign-in with whatever principal the request already appears to
 * carry, without looking at the submitted credentials. On Liberty that was, now and then, the user of
 * an earlier request. Here a sign-in is decided by the credentials alone; only requests without
 * credentials continue the session registered at sign-in (Liberty's single sign-on cookie).
 */
@ApplicationScoped
public class PortalFormAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (credential != null) {
            return signIn(credential, context);
        }
        if (request.getUserPrincipal() != null) {
            return AuthenticationStatus.SUCCESS; // the session registered at sign-in continues
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(Credential credential, HttpMessageContext context) {
        if (!(credential instanceof UsernamePasswordCredential submitted)) {
            return context.responseUnauthorized();
        }
        CredentialValidationResult result = identityStores.validate(submitted);
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !result.getCallerPrincipal().getName().equalsIgnoreCase(submitted.getCaller().trim())) {
            return context.responseUnauthorized();
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return context.notifyContainerAboutLogin(result);
    }
}
