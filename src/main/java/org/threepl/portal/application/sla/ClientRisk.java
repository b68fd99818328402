package org.threepl.portal.application.sla;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One client in the staff's overview: KPIs breached in their last closed period, at risk and met now, the performance
 * index.
 */
public record ClientRisk(
        Long organisationId,
        String name,
        int breached,
        int atRisk,
        int met,
        BigDecimal performanceIndex,
        Instant figuresAsOf) {}
