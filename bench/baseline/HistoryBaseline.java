package bench.baseline;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * The history API's baseline (bench/run.sh, issue 15 item 9): a bare JAX-RS resource on the same server that runs the
 * portal's keyset query for one page of a client's shipments with a status filter (newest pick-up first, the id
 * breaking ties) over plain JDBC, and writes the same JSON fields with JSON-P. No authentication, tenant scope, rate
 * limit, JPA or cursor checks: what is left is the work any implementation of the request must do, so the portal's
 * rate over this one's shows what the portal's own layers cost. Deployed by bench/run.sh as dropins/baseline.war.
 */
@ApplicationPath("/")
public class HistoryBaseline extends Application {

    @Override
    public java.util.Set<Class<?>> getClasses() {
        return java.util.Set.of(Shipments.class);
    }

    @Path("shipments")
    public static class Shipments {

        private static final String COLUMNS = "select s.id, s.organisation_id, s.client_reference, s.shipment_number,"
                + " s.origin, s.destination, s.lane, s.transport_mode, s.service_level, s.pickup_from, s.pickup_to,"
                + " s.delivery_from, s.delivery_to, s.status, s.has_exception, s.last_event_at, s.delivered_at,"
                + " s.ordered_quantity, s.version from shipment s where s.organisation_id = ? and s.status = ?";
        private static final String ORDER = " order by s.pickup_from desc, s.id desc limit ?";

        @Resource(lookup = "jdbc/portal-postgresql")
        DataSource db;

        @GET
        @Produces("application/json")
        public StreamingOutput page(
                @QueryParam("organisation") @DefaultValue("900000002") long organisation,
                @QueryParam("status") @DefaultValue("DELIVERED") String status,
                @QueryParam("limit") @DefaultValue("50") int limit,
                @QueryParam("cursor") String cursor)
                throws SQLException {
            // the whole page is read before the answer starts, as the portal's is
            ByteArrayOutputStream page = new ByteArrayOutputStream(32 * 1024);
            String[] after = cursor == null
                    ? null
                    : new String(Base64.getUrlDecoder().decode(cursor)).split("\\|");
            try (Connection c = db.getConnection();
                    PreparedStatement q = c.prepareStatement(
                            COLUMNS + (after == null ? "" : " and (s.pickup_from, s.id) < (?, ?)") + ORDER)) {
                int p = 1;
                q.setLong(p++, organisation);
                q.setString(p++, status);
                if (after != null) {
                    q.setTimestamp(p++, Timestamp.from(Instant.parse(after[0])));
                    q.setLong(p++, Long.parseLong(after[1]));
                }
                q.setInt(p, limit);
                try (ResultSet r = q.executeQuery();
                        JsonGenerator g = Json.createGenerator(page)) {
                    g.writeStartObject().writeStartArray("items");
                    String last = null;
                    int rows = 0;
                    while (r.next()) {
                        rows++;
                        g.writeStartObject();
                        time(g, "deliveredAt", r.getTimestamp(17));
                        time(g, "deliveryFrom", r.getTimestamp(12));
                        time(g, "deliveryTo", r.getTimestamp(13));
                        text(g, "destination", r.getString(6));
                        g.write("exception", r.getBoolean(15));
                        g.write("id", r.getLong(1));
                        text(g, "lane", r.getString(7));
                        time(g, "lastEventAt", r.getTimestamp(16));
                        g.write("orderedQuantity", r.getInt(18));
                        g.write("organisationId", r.getLong(2));
                        text(g, "origin", r.getString(5));
                        time(g, "pickupFrom", r.getTimestamp(10));
                        time(g, "pickupTo", r.getTimestamp(11));
                        text(g, "reference", r.getString(3));
                        text(g, "serviceLevel", r.getString(9));
                        text(g, "shipmentNumber", r.getString(4));
                        text(g, "status", r.getString(14));
                        text(g, "transportMode", r.getString(8));
                        g.write("version", r.getLong(19));
                        g.writeEnd();
                        last = r.getTimestamp(10).toInstant() + "|" + r.getLong(1);
                    }
                    g.writeEnd();
                    if (rows == limit && last != null) {
                        g.write("next", "/baseline/shipments?limit=" + limit + "&cursor="
                                + Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes()));
                    } else {
                        g.writeNull("next");
                    }
                    g.writeEnd();
                }
            }
            return out -> page.writeTo(out);
        }

        private static void text(JsonGenerator g, String name, String value) {
            if (value != null) {
                g.write(name, value);
            }
        }

        private static void time(JsonGenerator g, String name, Timestamp value) {
            if (value != null) {
                g.write(name, value.toInstant().toString());
            }
        }
    }
}
