package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.domain.model.account.Organisation;

/** The 3PL staff's overview of service levels across their clients, riskiest first. */
@ApplicationScoped
@Transactional
public class SlaOverview {

    static final int OVERVIEW_LIMIT = 200;

    @Inject
    SlaAccess access;

    @Inject
    SlaJudgement judgement;

    @Inject
    OrganisationRepository organisations;

    /**
     * The caller's clients (an account manager's assigned ones; for the 3PL, the first {@value #OVERVIEW_LIMIT}),
     * riskiest first: most KPIs breached in their last closed period, then most at risk now, then the lowest
     * performance index.
     */
    public List<ClientRisk> overview() {
        Caller caller = access.caller();
        AccessPolicy.require(
                !caller.isUser() || caller.organisationId() == null,
                "The overview across clients is for the 3PL's staff");
        List<ClientRisk> clients = new ArrayList<>();
        for (Organisation org : organisations.list(caller.tenantScope(), 0, OVERVIEW_LIMIT)) {
            SlaDashboard d = judgement.dashboardOf(org, caller.tenantScope());
            int breached = 0;
            int atRisk = 0;
            int met = 0;
            for (SlaDashboard.KpiTrend k : d.kpis()) {
                KpiResultView last = k.previous();
                if (last != null && "BREACHED".equals(last.status())) {
                    breached++;
                }
                switch (k.current().status()) {
                    case "AT_RISK" -> atRisk++;
                    case "MET" -> met++;
                    default -> {}
                }
            }
            clients.add(
                    new ClientRisk(org.id(), org.name(), breached, atRisk, met, d.performanceIndex(), d.figuresAsOf()));
        }
        clients.sort(Comparator.comparingInt(ClientRisk::breached)
                .reversed()
                .thenComparing(Comparator.comparingInt(ClientRisk::atRisk).reversed())
                .thenComparing(
                        c -> c.performanceIndex() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : c.performanceIndex()));
        return clients;
    }
}
