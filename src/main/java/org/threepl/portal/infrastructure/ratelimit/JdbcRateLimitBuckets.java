package org.threepl.portal.infrastructure.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.threepl.portal.application.RateLimitBuckets;
import org.threepl.portal.domain.model.account.RateLimit;
import org.threepl.portal.infrastructure.persistence.DatabaseKind;

/**
 * Token buckets in table {@code api_rate_limit}: refill and take are one update, which the database applies to the row
 * of one key at a time, judging the elapsed time by its own clock; servers whose clocks differ share one bucket. The
 * arithmetic is {@link RateLimit#take}'s. PostgreSQL answers the update's new row by {@code returning}, H2 by
 * {@code final table}. A key's first request makes its row, full.
 */
@ApplicationScoped
public class JdbcRateLimitBuckets implements RateLimitBuckets {

    /** The tokens after refilling; parameters: the burst, then the tokens per second. */
    private static final String AVAILABLE = "least(cast(? as double precision), tokens + greatest(0, extract(epoch"
            + " from (current_timestamp - refilled_at))) * cast(? as double precision))";

    private static final String UPDATE = "update api_rate_limit set"
            + " tokens = case when " + AVAILABLE + " >= ? then " + AVAILABLE + " - ? else " + AVAILABLE + " end,"
            + " granted = " + AVAILABLE + " >= ?,"
            // never back in time: an update that waited for the row may have read the clock before the one before it
            + " refilled_at = greatest(refilled_at, current_timestamp)"
            + " where credential_id = ?";

    @Inject
    DatabaseKind database;

    private volatile DataSource dataSource;

    @Override
    public RateLimit.Take take(long credentialId, RateLimit limit, int cost) {
        try (Connection c = dataSource().getConnection()) {
            RateLimit.Take taken = update(c, credentialId, limit, cost);
            if (taken == null) {
                create(c, credentialId, limit);
                taken = update(c, credentialId, limit, cost);
            }
            if (taken == null) {
                throw new IllegalStateException("No rate-limit bucket for API credential " + credentialId);
            }
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not take from the rate-limit bucket of credential " + credentialId, e);
        }
    }

    private RateLimit.Take update(Connection c, long credentialId, RateLimit limit, int cost) throws SQLException {
        String sql = database.isPostgresql()
                ? UPDATE + " returning tokens, granted"
                : "select tokens, granted from final table (" + UPDATE + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            // in UPDATE's order: AVAILABLE, cost, AVAILABLE, cost, AVAILABLE (the else), AVAILABLE, cost, the key
            i = available(ps, i, limit);
            ps.setDouble(i++, cost);
            i = available(ps, i, limit);
            ps.setDouble(i++, cost);
            i = available(ps, i, limit);
            i = available(ps, i, limit);
            ps.setDouble(i++, cost);
            ps.setLong(i, credentialId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new RateLimit.Take(rs.getBoolean(2), rs.getDouble(1)) : null;
            }
        }
    }

    private static int available(PreparedStatement ps, int index, RateLimit limit) throws SQLException {
        ps.setDouble(index, limit.burst());
        ps.setDouble(index + 1, limit.perSecond());
        return index + 2;
    }

    private void create(Connection c, long credentialId, RateLimit limit) throws SQLException {
        String sql = database.isPostgresql()
                ? "insert into api_rate_limit (credential_id, tokens, refilled_at, granted)"
                        + " values (?, ?, current_timestamp, true) on conflict do nothing"
                : "insert into api_rate_limit (credential_id, tokens, refilled_at, granted)"
                        + " select ?, ?, current_timestamp, true"
                        + " where not exists (select 1 from api_rate_limit where credential_id = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, credentialId);
            ps.setDouble(2, limit.burst());
            if (!database.isPostgresql()) {
                ps.setLong(3, credentialId);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            // H2: another request made the row in between; the update that follows finds it
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            dataSource = database.dataSource();
        }
        return dataSource;
    }
}
