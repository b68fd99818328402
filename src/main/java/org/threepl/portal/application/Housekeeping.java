package org.threepl.portal.application;

/**
 * The housekeeping job run now, on demand, under the same lease as its scheduled runs (so that no two runs overlap).
 *
 * <p>A port of the application, implemented in infrastructure by the job itself ({@code HousekeepingJob}).
 */
public interface Housekeeping {

    /** One run if this server gets the lease: the throttle rows removed, or -1 if another server holds the lease. */
    int run();
}
