package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.threepl.portal.domain.model.shipment.DerivedStatus;
import org.threepl.portal.domain.model.shipment.ServiceFacts;
import org.threepl.portal.domain.model.shipment.StatusCode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path for large imports on PostgreSQL: checked rows are streamed with COPY into a
 * temporary staging table, and then merged into the history by a few set-based statements (an
 * upsert by reference for shipments; an insert that skips events already stored, then the status
 * of every touched shipment derived again from all its events). Each call is one transaction.
 * Rows the database refuses (an unknown shipment, a shipment number held by another reference)
 * come back as rejections with their line.
 */
@ApplicationScoped
public class BulkShipmentStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public record StagedShipment(long line, long organisationId, String reference, String shipmentNumber, String origin,
                                 String destination, String lane, String transportMode, String serviceLevel,
                                 Instant pickupFrom, Instant pickupTo, Instant deliveryFrom, Instant deliveryTo,
                                 int orderedQuantity, BigDecimal weightKg, BigDecimal declaredValue, String currency) {
    }

    public record StagedEvent(long line, long organisationId, String reference, String statusCode, String reasonCode,
                              Instant occurredAt, String zone, String location, String sourceSystem, String eventId) {
    }

    public record Rejection(long line, String field, String message) {
    }

    /** {@code created}: new shipments, or new events; {@code updated}: shipment lines that changed an existing one. */
    public record Outcome(long created, long updated, List<Rejection> rejected) {
    }

    private volatile Boolean available;

    /** Whether this database takes COPY (PostgreSQL); otherwise writes go through JPA. Asked once. */
    @Transactional
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            known = em.unwrap(Session.class).doReturningWork(c -> c.isWrapperFor(PGConnection.class));
            available = known;
        }
        return known;
    }

    /** In the caller's transaction if there is one (a JSON batch), else in one of its own (a chunk of a file). */
    @Transactional
    public Outcome storeShipments(List<StagedShipment> rows, Instant now) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("drop table if exists stage_shipment"); // a second call in one transaction starts afresh
                st.execute("create temp table stage_shipment (line bigint, organisation_id bigint, client_reference varchar(64),"
                        + " shipment_number varchar(40), origin varchar(100), destination varchar(100), lane varchar(210),"
                        + " transport_mode varchar(16), service_level varchar(32), pickup_from timestamptz, pickup_to timestamptz,"
                        + " delivery_from timestamptz, delivery_to timestamptz, ordered_quantity integer, weight_kg numeric(12, 3),"
                        + " declared_value numeric(19, 4), declared_currency varchar(3)) on commit drop");
            }
            copy(c, "stage_shipment", rows, (w, r) -> row(w, r.line(), r.organisationId(), r.reference(), r.shipmentNumber(),
                    r.origin(), r.destination(), r.lane(), r.transportMode(), r.serviceLevel(), r.pickupFrom(), r.pickupTo(),
                    r.deliveryFrom(), r.deliveryTo(), r.orderedQuantity(), r.weightKg(), r.declaredValue(), r.currency()));
            List<Rejection> rejected = new ArrayList<>();
            // a 3PL shipment number belongs to one shipment: refuse lines giving one that another reference holds
            rejectAndRemove(c, rejected, "shipmentNumber", """
                    select st.line, 'The shipment number ' || st.shipment_number || ' belongs to the shipment ' || s.client_reference
                      from stage_shipment st join shipment s on s.organisation_id = st.organisation_id
                       and s.shipment_number = st.shipment_number and s.client_reference <> st.client_reference
                    union all
                    select line, 'The shipment number ' || shipment_number || ' is given to another reference on line ' || first_line
                      from (select line, shipment_number, client_reference,
                                   first_value(line) over (partition by organisation_id, shipment_number order by line) first_line,
                                   first_value(client_reference) over (partition by organisation_id, shipment_number order by line) first_ref
                              from stage_shipment) x
                     where client_reference <> first_ref""", "stage_shipment");
            long lines;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from stage_shipment")) {
                rs.next();
                lines = rs.getLong(1);
            }
            long created = 0;
            // lines are upserts applied in order: for a reference given twice, the later line wins
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into shipment (id, organisation_id, client_reference, shipment_number, origin, destination, lane,
                           transport_mode, service_level, pickup_from, pickup_to, delivery_from, delivery_to, ordered_quantity,
                           weight_kg, declared_value, declared_currency, status, has_exception, created_at, updated_at, version)
                    select nextval('shipment_seq'), organisation_id, client_reference, shipment_number, origin, destination, lane,
                           transport_mode, service_level, pickup_from, pickup_to, delivery_from, delivery_to, ordered_quantity,
                           weight_kg, declared_value, declared_currency, 'BOOKED', false, ?, ?, 0
                      from (select distinct on (organisation_id, client_reference) *
                              from stage_shipment order by organisation_id, client_reference, line desc) latest
                    on conflict (organisation_id, client_reference) do update set
                           shipment_number = excluded.shipment_number, origin = excluded.origin,
                           destination = excluded.destination, lane = excluded.lane, transport_mode = excluded.transport_mode,
                           service_level = excluded.service_level, pickup_from = excluded.pickup_from,
                           pickup_to = excluded.pickup_to, delivery_from = excluded.delivery_from,
                           delivery_to = excluded.delivery_to, ordered_quantity = excluded.ordered_quantity,
                           weight_kg = excluded.weight_kg, declared_value = excluded.declared_value,
                           declared_currency = excluded.declared_currency, updated_at = excluded.updated_at,
                           version = shipment.version + 1
                    returning (xmax = 0)""")) {
                Timestamp t = Timestamp.from(now);
                ps.setTimestamp(1, t);
                ps.setTimestamp(2, t);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            created++;
                        }
                    }
                }
            }
            return new Outcome(created, lines - created, rejected);
        });
    }

    /** In the caller's transaction if there is one (a JSON batch), else in one of its own (a chunk of a file). */
    @Transactional
    public Outcome storeEvents(List<StagedEvent> rows, Instant now) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("drop table if exists stage_event"); // a second call in one transaction starts afresh
                st.execute("create temp table stage_event (line bigint, organisation_id bigint, shipment_reference varchar(64),"
                        + " status_code varchar(2), reason_code varchar(2), occurred_at timestamptz, zone varchar(40),"
                        + " location varchar(100), source_system varchar(40), sender_event_id varchar(100)) on commit drop");
            }
            copy(c, "stage_event", rows, (w, r) -> row(w, r.line(), r.organisationId(), r.reference(), r.statusCode(),
                    r.reasonCode(), r.occurredAt(), r.zone(), r.location(), r.sourceSystem(), r.eventId()));
            List<Rejection> rejected = new ArrayList<>();
            rejectAndRemove(c, rejected, "shipmentReference", """
                    select st.line, 'No shipment with the reference ' || st.shipment_reference
                           || ' (send or import the shipment first)'
                      from stage_event st where not exists (select 1 from shipment s
                     where s.organisation_id = st.organisation_id and s.client_reference = st.shipment_reference)""",
                    "stage_event");
            List<Long> touched = new ArrayList<>();
            long created = 0;
            // an event already stored (same organisation, source system and event id) is skipped: re-importing adds nothing
            try (PreparedStatement ps = c.prepareStatement("""
                    with added as (
                      insert into tracking_event (id, shipment_id, organisation_id, status_code, reason_code, occurred_at, zone,
                             location, source_system, sender_event_id, received_at)
                      select nextval('tracking_event_seq'), s.id, st.organisation_id, st.status_code, st.reason_code,
                             st.occurred_at, st.zone, st.location, st.source_system, st.sender_event_id, ?
                        from stage_event st join shipment s
                          on s.organisation_id = st.organisation_id and s.client_reference = st.shipment_reference
                      on conflict (organisation_id, source_system, sender_event_id) do nothing
                      returning shipment_id)
                    select shipment_id, count(*) from added group by shipment_id""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        touched.add(rs.getLong(1));
                        created += rs.getLong(2);
                    }
                }
            }
            deriveStatus(c, touched, now);
            return new Outcome(created, 0, rejected);
        });
    }

    /** Derives the status of these shipments again from all their events (the same rule as one by one). */
    private static void deriveStatus(Connection c, List<Long> shipmentIds, Instant now) throws SQLException {
        final int slice = 2000;
        for (int from = 0; from < shipmentIds.size(); from += slice) {
            List<Long> ids = shipmentIds.subList(from, Math.min(shipmentIds.size(), from + slice));
            Map<Long, List<ShipmentRepository.EventFactRow>> facts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select shipment_id, status_code, occurred_at, received_at from tracking_event where shipment_id = any (?)")) {
                Array array = c.createArrayOf("bigint", ids.toArray());
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ShipmentRepository.EventFactRow(
                                StatusCode.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update shipment set status = ?, has_exception = ?, last_event_at = ?,"
                    + " delivered_at = ?, picked_up_at = ?, attempted_at = ?, damaged = ?, updated_at = ?, version = version + 1"
                    + " where id = ?")) {
                for (Long id : ids) {
                    List<ShipmentRepository.EventFactRow> events = facts.getOrDefault(id, List.of());
                    DerivedStatus d = DerivedStatus.of(events);
                    ServiceFacts f = ServiceFacts.of(events);
                    ps.setString(1, d.status().name());
                    ps.setBoolean(2, d.exception());
                    setInstant(ps, 3, d.lastEventAt());
                    setInstant(ps, 4, d.deliveredAt());
                    setInstant(ps, 5, f.pickedUpAt());
                    setInstant(ps, 6, f.attemptedAt());
                    ps.setBoolean(7, f.damaged());
                    ps.setTimestamp(8, Timestamp.from(now));
                    ps.setLong(9, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }

    /** Runs a query of (line, message) for refused rows, records them, and removes those lines from the staging table. */
    private static void rejectAndRemove(Connection c, List<Rejection> rejected, String field, String query, String stage)
            throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                lines.add(rs.getLong(1));
                rejected.add(new Rejection(rs.getLong(1), field, rs.getString(2)));
            }
        }
        if (!lines.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("delete from " + stage + " where line = any (?)")) {
                ps.setArray(1, c.createArrayOf("bigint", lines.toArray()));
                ps.executeUpdate();
            }
        }
    }

    private interface RowFormat<T> {
        void write(Writer w, T row) throws IOException;
    }

    private static <T> void copy(Connection c, String table, List<T> rows, RowFormat<T> format) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(pg, "copy " + table + " from stdin (format csv)", 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (T r : rows) {
                format.write(w, r);
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV record for COPY: an empty unquoted field is NULL, text is always quoted (so "" is an empty text). */
    private static void row(Writer w, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Number || v instanceof Instant) {
                w.write(v.toString());
            } else {
                String s = v.toString();
                w.write('"');
                w.write(s.indexOf('"') >= 0 ? s.replace("\"", "\"\"") : s);
                w.write('"');
            }
        }
        w.write('\n');
    }
}
