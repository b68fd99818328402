package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.threepl.portal.application.AccessGuard;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;

/**
 * Who manages an organisation's webhooks: its client admins, the 3PL's operations admins and API keys with WRITE that
 * may see it (a system subscribing itself). A subscription of an organisation the caller cannot see is not found.
 */
@ApplicationScoped
class WebhookAccess {

    static final String DENIED = "Only the client's administrators and the 3PL's operations admins manage its webhooks";

    @Inject
    CallerContext callers;

    @Inject
    AccessGuard guard;

    @Inject
    WebhookRepository webhooks;

    Caller organisation(Long organisationId) {
        return guard.requireAdministrable(organisationId, DENIED);
    }

    WebhookSubscription subscription(long id) {
        Caller caller = callers.current();
        WebhookSubscription s = webhooks.subscription(id)
                .filter(x -> caller.tenantScope().includes(x.organisationId()))
                .orElseThrow(() -> new NotFoundException("Webhook subscription " + id));
        AccessPolicy.require(AccessPolicy.mayAdministerOrganisation(caller, s.organisationId()), DENIED);
        return s;
    }
}
