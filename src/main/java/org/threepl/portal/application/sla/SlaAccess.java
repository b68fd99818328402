package org.threepl.portal.application.sla;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.Organisation;

/**
 * What the SLA services share: the caller, an organisation the caller may see (another one answers like one that does
 * not exist) with the caller's scope, today (UTC), and reading a field of a command.
 */
@Dependent
class SlaAccess {

    @Inject
    CallerContext callers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    /** An organisation the caller may see, and the scope it was found in. */
    record Visible(Organisation organisation, TenantScope scope) {}

    Caller caller() {
        return callers.current();
    }

    /** The organisation asked for, or, when none is named, a client caller's own. */
    Long organisationOrOwn(Long organisationId) {
        return callers.organisationOrOwn(organisationId);
    }

    Visible visible(Long organisationId) {
        TenantScope scope = callers.current().tenantScope();
        Organisation org = organisations
                .find(scope, organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        return new Visible(org, scope);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
