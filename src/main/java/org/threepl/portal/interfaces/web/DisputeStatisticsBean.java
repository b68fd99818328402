package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.dispute.DisputeService;

/** Ops admins: open disputes by kind, level and age; what was settled this year. */
@Named
@RequestScoped
public class DisputeStatisticsBean {

    @Inject
    DisputeService disputes;

    private DisputeService.Statistics statistics;

    public DisputeService.Statistics getStatistics() {
        if (statistics == null) {
            statistics = disputes.statistics();
        }
        return statistics;
    }
}
