package org.threepl.portal.infrastructure.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rows of {@code job_lease}, one a job: who holds the job's lease, until when, when its last run completed, and the
 * job's watermark (how far that run got). Every time in these statements is the database's ({@code current_timestamp}),
 * so servers whose clocks differ still agree on whether a lease has run out.
 */
public interface LeaseStore {

    /**
     * Takes the job's lease for {@code length} if it has run out and the job's last completed run (on any server) ended
     * at least {@code notWithin} ago (zero: whenever the lease is free); true if {@code holder} has it now.
     */
    boolean acquire(String job, String holder, Duration length, Duration notWithin);

    /**
     * Extends a lease {@code holder} still holds by {@code length} from now; false if it ran out or another took it.
     */
    boolean renew(String job, String holder, Duration length);

    /** Gives the lease up (it runs out now) after a run that did not complete; the watermark stays. */
    void release(String job, String holder);

    /**
     * Gives the lease up after a completed run: records when it completed and the watermark, or keeps the old one if it
     * is null.
     */
    void complete(String job, String holder, Instant watermark);

    /** How far the job's last completed run got. */
    Optional<Instant> watermark(String job);
}
