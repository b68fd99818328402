package org.threepl.portal.domain.model.sla;

/** An organisation's daily KPI roll-ups have just been recomputed: its KPIs may have changed status. */
public record RollupsUpdated(Long organisationId) {}
