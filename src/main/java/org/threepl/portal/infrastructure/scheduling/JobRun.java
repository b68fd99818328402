package org.threepl.portal.infrastructure.scheduling;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One run of a job, as its work sees it: the watermark its last completed run left, and whether this server still holds
 * the job's lease (a heartbeat renews it while the work goes on; if a renewal fails, the lease is lost and another
 * server may start the job). Long work asks {@link #requireLease()} between steps.
 */
public final class JobRun {

    private final String job;
    private final Optional<Instant> watermark;
    private final BooleanSupplier held;

    JobRun(String job, Optional<Instant> watermark, BooleanSupplier held) {
        this.job = job;
        this.watermark = watermark;
        this.held = held;
    }

    public String job() {
        return job;
    }

    /** How far the last completed run got; empty before the first. */
    public Optional<Instant> watermark() {
        return watermark;
    }

    /** Whether this run still holds the job's lease. */
    public boolean leaseHeld() {
        return held.getAsBoolean();
    }

    /** Ends the run (with {@link LeaseLost}) if its lease was lost. */
    public void requireLease() {
        if (!leaseHeld()) {
            throw new LeaseLost(job);
        }
    }

    /** What a run did: its result for whoever asked for it, and the new watermark (null keeps the old one). */
    public record Done<R>(R result, Instant watermark) {}

    public static <R> Done<R> done(R result, Instant watermark) {
        return new Done<>(result, watermark);
    }

    /** A run that found its lease lost: it stops, and its watermark is not recorded. */
    public static final class LeaseLost extends IllegalStateException {
        LeaseLost(String job) {
            super("The lease of job " + job
                    + " was lost during the run; the run stops and its watermark is not recorded");
        }
    }
}
