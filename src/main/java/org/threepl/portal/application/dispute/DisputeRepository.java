package org.threepl.portal.application.dispute;

import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.dispute.Attachment;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeMessage;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.DisputeState;

/**
 * Disputes, their procedures and records (added, never changed), and the yearly number counters.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaDisputeRepository}.
 */
public interface DisputeRepository {
    /** What the deadline job needs to know of an open dispute, read without loading the dispute. */
    record OpenDeadlines(
            Long id,
            Long procedureId,
            DisputeState state,
            int level,
            java.time.LocalDate levelSince,
            java.time.LocalDate acknowledgeBy,
            java.time.LocalDate resolveBy) {}

    List<DisputeProcedure> proceduresOf(Long contractId);

    Optional<DisputeProcedure> procedure(Long id);

    void add(DisputeProcedure procedure);

    void add(Dispute dispute);

    void add(DisputeRecord record);

    void add(DisputeMessage message);

    /** The thread of a dispute, oldest first; with {@code withInternal} false, without the 3PL's internal notes. */
    List<DisputeMessage> messagesOf(Long disputeId, boolean withInternal);

    void add(Attachment attachment);

    List<Attachment> attachmentsOf(Long disputeId);

    /** Writes pending changes now, so that the dispute's new version is known (for its ETag). */
    void flush();

    Optional<Dispute> find(TenantScope scope, Long id);

    /**
     * The disputes the scope may see, open ones by their deadline first (the account manager's queue), then ended ones,
     * by deadline too; at most {@code limit} from {@code offset}. Among disputes due the same day, those of a client
     * whose partnership tier grants a higher dispute-queue priority come first (relationship: one join with the small
     * {@code client_tier} table, by its primary key).
     *
     * <p>Open and ended disputes are read by two queries rather than one ordered by "open first": each is then ordered
     * by its deadline alone, which an index on open disputes by deadline serves (PostgreSQL: {@code V16_1}), so the
     * first pages read a few rows instead of sorting all of the scope's disputes.
     */
    List<Dispute> list(TenantScope scope, Long organisationId, DisputeState state, int offset, int limit);

    /**
     * How many disputes the scope may see, of one organisation and in one state if given (the total of the paged list).
     */
    long count(TenantScope scope, Long organisationId, DisputeState state);

    /** Every open dispute's deadlines (one row each, no entities), for the reminder and escalation job. */
    List<OpenDeadlines> openDeadlines();

    List<DisputeRecord> recordOf(Long disputeId);

    /**
     * For the organisation's disputes filed in [from, toExclusive): the day each was filed and the first time one of
     * {@code actions} was recorded on it (disputes without such a step are left out).
     */
    List<Object[]> firstSteps(
            Long organisationId,
            java.time.LocalDate from,
            java.time.LocalDate toExclusive,
            List<org.threepl.portal.domain.model.dispute.DisputeAction> actions);

    /** How many disputes of a kind the organisation filed in [from, toExclusive). */
    long filed(
            Long organisationId,
            org.threepl.portal.domain.model.dispute.DisputeKind kind,
            java.time.LocalDate from,
            java.time.LocalDate toExclusive);

    /** Records a reminder of a deadline; false if it was sent already. */
    boolean remindOnce(Long disputeId, String deadline, java.time.LocalDate due, java.time.Instant now);

    /** How many open disputes of a kind, at a ladder level, were filed on a day. */
    record OpenOnDay(
            org.threepl.portal.domain.model.dispute.DisputeKind kind,
            int level,
            java.time.LocalDate filedOn,
            long count) {}

    /** How many disputes settled in a currency, and the total of their settled amounts. */
    record SettledIn(String currency, long count, java.math.BigDecimal total) {}

    /** Open disputes counted by kind, ladder level and the day they were filed. */
    List<OpenOnDay> openByKindLevelAndDay();

    /** Settled disputes since {@code from}: count and total per currency, by currency. */
    List<SettledIn> settledSince(java.time.LocalDate from);

    /**
     * The next number of a yearly series (claims, credit notes): one more than the last, under a row lock, so two
     * servers never hand out the same number.
     */
    int next(String counter, int year);
}
