package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.threepl.portal.application.shipment.BulkShipmentStore;
import org.threepl.portal.application.shipment.TrackingEventStore;
import org.threepl.portal.application.webhook.WebhookPublisher;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shipment.Reporter;

/**
 * The fast path on PostgreSQL for file imports: a chunk of shipments is streamed with COPY into a staging table and
 * merged into the history by a few set-based statements (an upsert by reference, after the history of the plans it
 * changes); a chunk of events goes through the PostgreSQL event store's merge ({@link PostgresTrackingEventStore}).
 * Each call is one transaction (or joins the caller's). Rows the database refuses (an unknown shipment, a shipment
 * number held by another reference) come back as rejections with their line.
 */
@ApplicationScoped
public class PostgresBulkShipmentStore implements BulkShipmentStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WebhookPublisher webhooks;

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
    public Outcome storeShipments(List<StagedShipment> rows, Instant now, Actor actor, Reporter.Side side) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            PostgresCopy.stage(
                    c,
                    "stage_shipment",
                    "line bigint, organisation_id bigint, client_reference varchar(64),"
                            + " shipment_number varchar(40), origin varchar(100), destination varchar(100), "
                            + "lane varchar(210),"
                            + " transport_mode varchar(16), service_level varchar(32), pickup_from "
                            + "timestamptz, pickup_to timestamptz,"
                            + " delivery_from timestamptz, delivery_to timestamptz, ordered_quantity "
                            + "integer, weight_kg numeric(12, 3),"
                            + " declared_value numeric(19, 4), declared_currency varchar(3)");
            PostgresCopy.copy(
                    c,
                    "stage_shipment",
                    rows,
                    (w, r) -> PostgresCopy.row(
                            w,
                            r.line(),
                            r.organisationId(),
                            r.reference(),
                            r.shipmentNumber(),
                            r.origin(),
                            r.destination(),
                            r.lane(),
                            r.transportMode(),
                            r.serviceLevel(),
                            r.pickupFrom(),
                            r.pickupTo(),
                            r.deliveryFrom(),
                            r.deliveryTo(),
                            r.orderedQuantity(),
                            r.weightKg(),
                            r.declaredValue(),
                            r.currency()));
            List<Rejection> rejected = new ArrayList<>();
            // a 3PL shipment number belongs to one shipment: refuse lines giving one that another reference holds
            rejectAndRemove(c, rejected, "shipmentNumber", """
                    select st.line, 'The shipment number ' || st.shipment_number || ' belongs to the shipment '
                           || s.client_reference
                      from stage_shipment st join shipment s on s.organisation_id = st.organisation_id
                       and s.shipment_number = st.shipment_number and s.client_reference <> st.client_reference
                    union all
                    select line, 'The shipment number ' || shipment_number || ' is given to another reference on line '
                           || first_line
                      from (select line, shipment_number, client_reference,
                                   first_value(line)
                                     over (partition by organisation_id, shipment_number order by line) first_line,
                                   first_value(client_reference)
                                     over (partition by organisation_id, shipment_number order by line) first_ref
                              from stage_shipment) x
                     where client_reference <> first_ref""", "stage_shipment");
            long lines;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from stage_shipment")) {
                rs.next();
                lines = rs.getLong(1);
            }
            recordChanges(c, now, actor, side);
            long created = 0;
            // lines are upserts applied in order: for a reference given twice, the later line wins
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into shipment (id, organisation_id, client_reference, shipment_number, origin, destination,
                           lane, transport_mode, service_level, pickup_from, pickup_to, delivery_from, delivery_to,
                           ordered_quantity, weight_kg, declared_value, declared_currency, status, has_exception,
                           created_at, updated_at, version)
                    select nextval('shipment_seq'), organisation_id, client_reference, shipment_number, origin,
                           destination, lane, transport_mode, service_level, pickup_from, pickup_to, delivery_from,
                           delivery_to, ordered_quantity, weight_kg, declared_value, declared_currency, 'BOOKED', false,
                           ?, ?, 0
                      from (select distinct on (organisation_id, client_reference) *
                              from stage_shipment order by organisation_id, client_reference, line desc) latest
                    on conflict (organisation_id, client_reference) do update set
                           shipment_number = excluded.shipment_number, origin = excluded.origin,
                           destination = excluded.destination, lane = excluded.lane,
                           transport_mode = excluded.transport_mode, service_level = excluded.service_level,
                           pickup_from = excluded.pickup_from,
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

    /**
     * The history of the plans a chunk changes: for each known shipment its (last) line replans, one row per field
     * whose value differs, written before the upsert replaces them. The values are written as {@code Shipment.replan}
     * writes them (instants to the second in UTC, numbers without trailing zeros).
     */
    private static final String RECORD_CHANGES = """
            insert into shipment_change (id, shipment_id, organisation_id, changed_at, actor_kind, actor_id, actor,
                   actor_side, field, old_value, new_value, after_pickup)
            select nextval('shipment_change_seq'), s.id, s.organisation_id, ?, ?, ?, ?, ?, v.field, v.old_value,
                   v.new_value, s.picked_up_at is not null and s.picked_up_at <= ?
              from (select distinct on (organisation_id, client_reference) *
                      from stage_shipment order by organisation_id, client_reference, line desc) st
              join shipment s on s.organisation_id = st.organisation_id and s.client_reference = st.client_reference
             cross join lateral (values
                   ('SHIPMENT_NUMBER', s.shipment_number, st.shipment_number),
                   ('ORIGIN', s.origin, st.origin),
                   ('DESTINATION', s.destination, st.destination),
                   ('TRANSPORT_MODE', s.transport_mode, st.transport_mode),
                   ('SERVICE_LEVEL', s.service_level, st.service_level),
                   ('PICKUP_WINDOW', %1$s, %2$s),
                   ('DELIVERY_WINDOW', %3$s, %4$s),
                   ('ORDERED_QUANTITY', s.ordered_quantity::text, st.ordered_quantity::text),
                   ('WEIGHT', trim_scale(s.weight_kg)::text, trim_scale(st.weight_kg)::text),
                   ('DECLARED_VALUE', trim_scale(s.declared_value)::text || ' ' || s.declared_currency,
                                      trim_scale(st.declared_value)::text || ' ' || st.declared_currency)
                   ) v(field, old_value, new_value)
             where v.old_value is distinct from v.new_value""".formatted(
                    window("s", "pickup"), window("st", "pickup"), window("s", "delivery"), window("st", "delivery"));

    private static String window(String table, String which) {
        String f = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";
        return "to_char(" + table + "." + which + "_from at time zone 'UTC', " + f + ") || '/' || to_char(" + table
                + "." + which + "_to at time zone 'UTC', " + f + ")";
    }

    private static void recordChanges(Connection c, Instant now, Actor actor, Reporter.Side side) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORD_CHANGES)) {
            Timestamp t = Timestamp.from(now);
            ps.setTimestamp(1, t);
            ps.setString(2, actor.kind().name());
            if (actor.id() == null) {
                ps.setNull(3, java.sql.Types.BIGINT);
            } else {
                ps.setLong(3, actor.id());
            }
            ps.setString(4, actor.name());
            ps.setString(5, side.name());
            ps.setTimestamp(6, t);
            ps.executeUpdate();
        }
    }

    /**
     * A file's chunk of events, by the PostgreSQL event store's merge ({@link PostgresTrackingEventStore}): streamed by
     * COPY into a staging table (a chunk of up to 1,000 events is bound as arrays instead), merged set-based, statuses
     * derived by the domain's rule. In the caller's transaction if there is one, else in one of its own.
     */
    @Transactional
    public Outcome storeEvents(List<StagedEvent> rows, Instant now, Reporter reporter) {
        TrackingEventStore.Stored stored =
                em.unwrap(Session.class).doReturningWork(c -> PostgresTrackingEventStore.merge(c, rows, now, reporter));
        webhooks.statusChanges(stored.statusChanges()); // in the chunk's transaction, like the events
        return new Outcome(
                stored.added(),
                0,
                stored.refused().stream()
                        .map(r -> new Rejection(r.line(), r.field(), r.message()))
                        .toList());
    }

    /**
     * Runs a query of (line, message) for refused rows, records them, and removes those lines from the staging table.
     */
    private static void rejectAndRemove(
            Connection c, List<Rejection> rejected, String field, String query, String stage) throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(query)) {
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
}
