package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.dispute.DisputeStatistics;

/** Ops admins: open disputes by kind, level and age; what was settled this year. */
@Named
@RequestScoped
public class DisputeStatisticsBean {

    @Inject
    DisputeStatistics disputes;

    private DisputeStatistics.Statistics statistics;

    public DisputeStatistics.Statistics getStatistics() {
        if (statistics == null) {
            statistics = disputes.statistics();
        }
        return statistics;
    }
}
