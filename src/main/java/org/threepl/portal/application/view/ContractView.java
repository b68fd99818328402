package org.threepl.portal.application.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.ServiceType;

public record ContractView(
        Long id,
        Long organisationId,
        String contractNumber,
        LocalDate startDate,
        LocalDate endDate,
        List<String> services,
        BigDecimal monthlyFee,
        String currency,
        boolean inForce,
        String slaEvidence,
        int version) {

    public static ContractView of(ClientContract c, LocalDate today) {
        return new ContractView(
                c.id(),
                c.organisation().id(),
                c.contractNumber(),
                c.term().start(),
                c.term().end(),
                c.services().stream().map(ServiceType::name).toList(),
                c.monthlyFee().amount(),
                c.monthlyFee().currency().getCurrencyCode(),
                c.isInForceOn(today),
                c.slaEvidence().name(),
                c.version());
    }
}
