package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threepl.portal.domain.model.relationship.LossStanding;

/**
 * The raw facts relationship management measures, for every active client at once: one set-based query per kind of fact
 * (about twenty, however many clients there are), never a shipment or event loaded. Trend windows are whole UTC days:
 * "recent" is the {@code windowDays} complete days before {@code asOf}, "previous" the same number of days before that.
 * Facts at a point in time (keys, users, contacts, surveys, managers) count up to the end of {@code asOf}, so a run
 * today sees today's changes. Counts that would need a scan of months of events (API traffic) come from
 * {@code client_activity_day}, which {@link #aggregateActivity} fills one complete day at a time.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaRelationshipMeasures}.
 */
public interface RelationshipMeasures {
    /** A count in the recent window and in the one before it. */
    record Counts(long recent, long previous) {
        static final Counts ZERO = new Counts(0, 0);
    }

    record Client(Long id, String name, Instant createdAt) {}

    record Contract(
            Long organisationId,
            LocalDate start,
            LocalDate end,
            BigDecimal monthlyFee,
            String currency,
            String services) {}

    record Credentials(long active, long usedLast30Days, Instant oldestActiveSince) {}

    record Contacts(LocalDate lastContact, LocalDate lastReview, long contactsInWindow, long reviewsLastYear) {}

    record Amount(BigDecimal amount, String currency) {}

    /**
     * A client's credits of the last 12 months: {@code granted} by credit notes of settled disputes that do not reduce
     * an invoice of their own (not billing disputes), {@code deducted} by credit lines of the invoices issued.
     */
    record Credits(List<Amount> granted, List<Amount> deducted) {
        static final Credits NONE = new Credits(List.of(), List.of());
    }

    /** A client's invoices of the value period in one currency; {@code firstIssued}: the earliest of them. */
    record Invoiced(
            String currency, BigDecimal total, BigDecimal totalWithCost, BigDecimal cost, LocalDate firstIssued) {}

    record Manager(String name, Instant assignedAt) {}

    record Survey(BigDecimal c, Instant answeredAt) {
        /** Whole days from its answer to {@code asOf} (0 when not known). */
        long ageDays(LocalDate asOf) {
            return answeredAt == null
                    ? 0
                    : Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(answeredAt, ZoneOffset.UTC), asOf));
        }
    }

    /** What the client's latest snapshot found: its lifecycle stage and since when it fell short of its tier. */
    record Previous(String stage, LocalDate tierShortSince) {
        /** A client without a snapshot yet. */
        static final Previous NONE = new Previous(null, null);
    }

    /** Everything measured, by organisation id; a client missing from a map has none of that fact. */
    record Facts(
            LocalDate asOf,
            List<Client> clients,
            Map<Long, List<Contract>> contracts,
            Map<Long, Long> slaPromises,
            Map<Long, Long> disputeProcedures,
            Map<Long, Long> activePortalUsers,
            Map<Long, Long> savedFilters,
            Map<Long, Counts> signIns,
            Map<Long, Credentials> credentials,
            Map<Long, Counts> apiTraffic,
            Map<Long, Counts> volume,
            Map<Long, Counts> disputes,
            Map<Long, Counts> slaBreaches,
            Map<Long, Credits> credits,
            Map<Long, Contacts> contacts,
            Map<Long, Survey> latestSurvey,
            Map<Long, List<Manager>> managers,
            Map<Long, List<Invoiced>> invoiced,
            Map<Long, Previous> previous,
            Map<Long, LossStanding> losses) {

        public <T> T of(Map<Long, T> map, Long org, T none) {
            return map.getOrDefault(org, none);
        }

        public Counts counts(Map<Long, Counts> map, Long org) {
            return map.getOrDefault(org, Counts.ZERO);
        }
    }

    /**
     * Aggregates shipments created and events received per client for every complete UTC day from {@code from} to the
     * day before {@code today} not aggregated yet; returns the days aggregated. Complete days never change again (the
     * columns are the time of receipt), so each day is read once.
     */
    int aggregateActivity(LocalDate from, LocalDate today, Instant now);

    /** Every fact of every active client as of the day {@code asOf} (UTC). */
    Facts measure(LocalDate asOf, int windowDays, int valuePeriodMonths);

    /** Clients with a contract in force on {@code day}: for the churn rate from retention history. */
    Set<Long> clientsInForce(LocalDate day);
}
