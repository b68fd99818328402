package org.threepl.portal.infrastructure.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The lease statements in SQL that PostgreSQL and H2 both run, each one statement on a connection of the data source
 * (in the caller's transaction if it has one, else committed at once). Taking a lease is one conditional update, which
 * the database applies for one holder only; expiry and renewal are judged by the database's clock.
 */
public final class JdbcLeases implements LeaseStore {

    /** {@code current_timestamp} plus a number of milliseconds (the second parameter of the statements below). */
    private static final String UNTIL = "current_timestamp + cast(? as bigint) * interval '0.001' second";

    private final DataSource dataSource;

    public JdbcLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean acquire(String job, String holder, Duration length, Duration notWithin) {
        String free = "update job_lease set holder = ?, leased_until = " + UNTIL
                + " where name = ? and leased_until < current_timestamp";
        if (notWithin.isZero()) {
            return update(job, free, holder, length.toMillis(), job) == 1;
        }
        String due = " and (completed_at is null or completed_at <= current_timestamp - cast(? as bigint) * interval"
                + " '0.001' second)";
        return update(job, free + due, holder, length.toMillis(), job, notWithin.toMillis()) == 1;
    }

    @Override
    public boolean renew(String job, String holder, Duration length) {
        // a lease that ran out is not taken back: another server may have run the job in the meantime
        return update(
                        job,
                        "update job_lease set leased_until = " + UNTIL
                                + " where name = ? and holder = ? and leased_until > current_timestamp",
                        length.toMillis(),
                        job,
                        holder)
                == 1;
    }

    @Override
    public void release(String job, String holder) {
        update(job, "update job_lease set leased_until = current_timestamp where name = ? and holder = ?", job, holder);
    }

    @Override
    public void complete(String job, String holder, Instant watermark) {
        String done = "update job_lease set leased_until = current_timestamp, completed_at = current_timestamp";
        if (watermark == null) {
            update(job, done + " where name = ? and holder = ?", job, holder);
        } else {
            update(job, done + ", watermark = ? where name = ? and holder = ?", Timestamp.from(watermark), job, holder);
        }
    }

    @Override
    public Optional<Instant> watermark(String job) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select watermark from job_lease where name = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the watermark of job " + job, e);
        }
    }

    private int update(String job, String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the lease of job " + job, e);
        }
    }
}
