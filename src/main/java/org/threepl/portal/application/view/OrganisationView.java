package org.threepl.portal.application.view;

import java.time.Instant;
import org.threepl.portal.domain.model.account.Organisation;

public record OrganisationView(
        Long id,
        String code,
        String name,
        String status,
        Instant createdAt,
        boolean secondFactorRequired,
        int version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(
                o.id(),
                o.code().value(),
                o.name(),
                o.status().name(),
                o.createdAt(),
                o.secondFactorRequired(),
                o.version());
    }
}
