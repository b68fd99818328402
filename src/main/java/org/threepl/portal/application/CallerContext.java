package org.threepl.portal.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The caller of the current request. The REST layer sets it from an API credential; for the web it is resolved on first
 * use from the signed-in principal ({@link SignedInUsers}). It has no interceptor of its own, so that the one made for
 * each request costs next to nothing.
 */
@RequestScoped
public class CallerContext {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignedInUsers signedInUsers;

    private Caller caller;
    private SignedInUsers.SignedInUser signedInUser;

    /** Called once by the API authentication filter, before any resource runs. */
    public void useApiCaller(Caller apiCaller) {
        if (caller != null) {
            throw new IllegalStateException("The caller of this request is already known");
        }
        this.caller = apiCaller;
    }

    /**
     * Called by a job that acts for a user (a scheduled report made on their behalf), until {@link #doneActing()}, so
     * that the services it calls check exactly what that user may see. Each use sets its own user: a request context
     * the job thread may share between runs never carries one owner's access into another's report.
     */
    public void actFor(Caller user) {
        this.caller = java.util.Objects.requireNonNull(user, "user");
        this.signedInUser = null;
    }

    /** The job no longer acts for the user it named in {@link #actFor}. */
    public void doneActing() {
        this.caller = null;
        this.signedInUser = null;
    }

    public Caller current() {
        return find().orElseThrow(() -> new NotAuthenticatedException("Sign in first"));
    }

    /** Known callers (an API key's, or a user already resolved in this request) are answered without a transaction. */
    public Optional<Caller> find() {
        if (caller == null) {
            caller = resolveSignedInUser().orElse(null);
        }
        return Optional.ofNullable(caller);
    }

    /** The organisation asked for, or, when none is named, a client caller's own (the 3PL must name one). */
    public Long organisationOrOwn(Long organisationId) {
        if (organisationId != null) {
            return organisationId;
        }
        Long own = current().organisationId();
        if (own == null) {
            throw new DomainRuleViolation(
                    "organisation", "rule.caller.organisation.required", "Name the client organisation (its id)");
        }
        return own;
    }

    /**
     * The signed-in user of this request with its session facts (read once per request); empty for API keys and
     * visitors.
     */
    public Optional<SignedInUsers.SignedInUser> signedInUser() {
        find();
        return Optional.ofNullable(signedInUser);
    }

    private Optional<Caller> resolveSignedInUser() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        signedInUser = signedInUsers.find(principal.getName()).orElse(null);
        return Optional.ofNullable(signedInUser).map(SignedInUsers.SignedInUser::caller);
    }
}
