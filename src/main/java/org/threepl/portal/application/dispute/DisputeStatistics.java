package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.dispute.DisputeKind;

/**
 * Dispute statistics for the 3PL's operations admins: open disputes by kind, ladder level and age; what was settled
 * this year.
 */
@ApplicationScoped
@Transactional
public class DisputeStatistics {

    @Inject
    DisputeAccess access;

    @Inject
    DisputeRepository disputes;

    @Inject
    TableWriters writers;

    @Inject
    Clock clock;

    /** The figures as the page and the API show them. */
    public record Statistics(List<OpenCount> open, List<Settled> settledThisYear) {
        public record OpenCount(String kind, int level, String age, long count) {}

        public record Settled(String currency, long count, BigDecimal total) {}
    }

    /** How long ago an open dispute was filed, in the bands the statistics count in. */
    enum Age {
        UP_TO_30("0–30 days", 30),
        UP_TO_90("31–90 days", 90),
        UP_TO_180("91–180 days", 180),
        OVER_180("over 180 days", Long.MAX_VALUE);

        final String label;
        final long upToDays;

        Age(String label, long upToDays) {
            this.label = label;
            this.upToDays = upToDays;
        }

        static Age of(long days) {
            for (Age a : values()) {
                if (days <= a.upToDays) {
                    return a;
                }
            }
            throw new AssertionError(days);
        }
    }

    /** One line of the open disputes' table: a kind, a ladder level and an age band. */
    record Bucket(DisputeKind kind, int level, Age age) {
        /** The table's order: kinds by name, then levels, then ages. */
        static final Comparator<Bucket> ORDER = Comparator.comparing(
                        (Bucket b) -> b.kind().name())
                .thenComparingInt(Bucket::level)
                .thenComparing(Bucket::age);
    }

    public Statistics statistics() {
        Caller caller = access.caller();
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller), "Dispute statistics are for the 3PL's operations admins");
        LocalDate today = access.today();
        List<Statistics.Settled> settled = disputes.settledSince(today.withDayOfYear(1)).stream()
                .map(r -> new Statistics.Settled(r.currency(), r.count(), r.total()))
                .toList();
        return new Statistics(open(disputes.openByKindLevelAndDay(), today), settled);
    }

    /** The bundle keys of the file's headers: which table a row is of, then the page's columns of both tables. */
    static final String[] PEOPLE_HEADERS = {
        "disputeStats.section",
        "dispute.kind",
        "dispute.level",
        "disputeStats.age",
        "disputeStats.count",
        "dispute.currency",
        "disputeStats.total"
    };

    /**
     * The statistics as a file for their reader (a scheduled report): the page's two tables one after the other in one
     * sheet, each row naming its table, in the reader's language and formats.
     */
    public void write(TableWriter.Format format, Formats reader, OutputStream out) throws IOException {
        Statistics s = statistics();
        ForPeople people = new ForPeople(reader);
        try (TableWriter table =
                writers.openForPeople(format, out, people.text("disputeStats.title"), people.madeOn(clock.instant()))) {
            table.header(people.headers(PEOPLE_HEADERS));
            String open = people.text("disputeStats.open");
            for (Statistics.OpenCount o : s.open()) {
                table.row(new Object[] {
                    open,
                    people.term("dispute.kind.", o.kind()),
                    o.level() + 1,
                    o.age(),
                    people.count(o.count()),
                    null,
                    null
                });
            }
            String settled = people.text("disputeStats.settled");
            for (Statistics.Settled x : s.settledThisYear()) {
                table.row(new Object[] {
                    settled,
                    null,
                    null,
                    null,
                    people.count(x.count()),
                    x.currency(),
                    people.money(x.total(), x.currency())
                });
            }
        }
    }

    /** The open disputes counted by kind, level and age band on {@code today}, in the table's order. */
    static List<Statistics.OpenCount> open(List<DisputeRepository.OpenOnDay> rows, LocalDate today) {
        Map<Bucket, Long> counts = new TreeMap<>(Bucket.ORDER);
        for (DisputeRepository.OpenOnDay r : rows) {
            counts.merge(
                    new Bucket(r.kind(), r.level(), Age.of(ChronoUnit.DAYS.between(r.filedOn(), today))),
                    r.count(),
                    Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new Statistics.OpenCount(
                        e.getKey().kind().name(), e.getKey().level(), e.getKey().age().label, e.getValue()))
                .toList();
    }
}
