package org.threepl.portal.application.sla;

/**
 * The KPI roll-up job run now, on demand, under the same lease as its scheduled runs (so that no two runs overlap).
 *
 * <p>A port of the application, implemented in infrastructure by the job itself ({@code KpiRollupJob}).
 */
public interface KpiRollups {

    /** One run, if this server gets the lease; false if another server holds it. */
    boolean run();
}
