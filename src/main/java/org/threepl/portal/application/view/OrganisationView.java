package org.threepl.portal.application.view;

import org.threepl.portal.domain.model.account.Organisation;

import java.time.Instant;

public record OrganisationView(Long id, String code, String name, String status, Instant createdAt, boolean secondFactorRequired,
                               int version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.code().value(), o.name(), o.status().name(), o.createdAt(), o.secondFactorRequired(),
                o.version());
    }
}
