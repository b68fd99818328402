/**
 * Service levels: the KPIs and their exact definitions ({@link ShipmentOutcome}), the SLA terms of a contract
 * ({@link SlaTerm}: target, period, scope, tolerance, bonus–malus bands, valid from a date), and how a period is judged
 * against its term ({@link PeriodResult}).
 */
package org.threepl.portal.domain.model.sla;
