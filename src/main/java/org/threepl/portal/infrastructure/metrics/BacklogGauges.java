package org.threepl.portal.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;

/**
 * Gauges read from the database, the same on every server: the outboxes' backlog (mails and webhook deliveries still
 * pending, and how long the oldest pending delivery has waited), the file imports under way and the lines they have
 * read, and per scheduled job the seconds since its last run ended on any server (its lease given up), or 0 while a run
 * holds it. One round of queries serves every gauge of a scrape: the figures are kept for a second.
 */
@ApplicationScoped
public class BacklogGauges {

    private static final Logger LOG = Logger.getLogger(BacklogGauges.class.getName());
    private static final long KEEP_NANOS = 1_000_000_000L;

    @Inject
    MetricRegistry registry;

    @Inject
    DatabaseKind database;

    private record Figures(long readAt, Map<String, Double> values) {}

    private volatile Figures figures = new Figures(0, Map.of());

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("portal.mail.backlog", "mail");
        gauge("portal.webhooks.backlog", "webhooks");
        gauge("portal.webhooks.oldest.pending.seconds", "webhooks.oldest");
        gauge("portal.imports.running", "imports");
        gauge("portal.imports.lines.read", "imports.lines");
        for (String job : jobs()) {
            registry.gauge("portal.job.seconds.since.run", this, value("job." + job), new Tag("job", job));
        }
    }

    private void gauge(String name, String key) {
        registry.gauge(name, this, value(key));
    }

    private static java.util.function.Function<BacklogGauges, Double> value(String key) {
        return g -> g.current().getOrDefault(key, Double.NaN);
    }

    private Map<String, Double> current() {
        Figures f = figures;
        if (System.nanoTime() - f.readAt() < KEEP_NANOS && !f.values().isEmpty()) {
            return f.values();
        }
        Map<String, Double> values = read();
        figures = new Figures(System.nanoTime(), values);
        return values;
    }

    private List<String> jobs() {
        List<String> names = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from job_lease order by name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not list the scheduled jobs for their gauges", e);
        }
        return names;
    }

    private Map<String, Double> read() {
        Map<String, Double> values = new HashMap<>();
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            one(s, "select count(*) from mail_outbox where state = 'PENDING'", "mail", values);
            one(s, "select count(*) from webhook_delivery where state = 'PENDING'", "webhooks", values);
            one(
                    s,
                    "select coalesce(extract(epoch from current_timestamp - (select created_at from webhook_delivery "
                            + "where state = 'PENDING' order by position limit 1)), 0)",
                    "webhooks.oldest",
                    values);
            one(s, "select count(*) from import_job where status in ('QUEUED', 'RUNNING')", "imports", values);
            one(
                    s,
                    "select coalesce(sum(lines_read), 0) from import_job where status in ('QUEUED', 'RUNNING')",
                    "imports.lines",
                    values);
            try (ResultSet rs = s.executeQuery("select name, case when leased_until < current_timestamp then "
                    + "extract(epoch from current_timestamp - leased_until) else 0 end from job_lease")) {
                while (rs.next()) {
                    values.put("job." + rs.getString(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            // a gauge without a value (NaN) rather than a failed scrape while the database is away
            LOG.log(Level.FINE, "Could not read the backlog figures", e);
        }
        return values;
    }

    /** One figure; a query that fails leaves its gauge without a value and the others as they are. */
    private static void one(Statement s, String sql, String key, Map<String, Double> values) {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (rs.next()) {
                values.put(key, rs.getDouble(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Could not read the figure " + key, e);
        }
    }
}
