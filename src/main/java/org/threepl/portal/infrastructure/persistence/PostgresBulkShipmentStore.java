package org.threepl.portal.infrastructure.persistence;

import org.threepl.portal.application.shipment.BulkShipmentStore;
import org.threepl.portal.application.shipment.ShipmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.threepl.portal.domain.model.shipment.DerivedStatus;
import org.threepl.portal.application.IsoInstant;
import org.threepl.portal.domain.model.shipment.ServiceFacts;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shipment.Reporter;
import org.threepl.portal.domain.model.shipment.StatusCode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fast path on PostgreSQL for event batches and file imports: rows are merged into the history by
 * a few set-based statements (an upsert by reference for shipments; for events, one statement that
 * finds each event's shipment and inserts it unless it is stored already, then the status of every
 * touched shipment derived from its stored status plus the new events). A JSON batch is bound as
 * arrays; a file's chunk is streamed with COPY into a staging table first. Each call is one
 * transaction (or joins the caller's). Rows the database refuses (an unknown shipment, a shipment
 * number held by another reference) come back as rejections with their line.
 */
@ApplicationScoped
public class PostgresBulkShipmentStore implements BulkShipmentStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

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
            stage(c, "stage_shipment", "line bigint, organisation_id bigint, client_reference varchar(64),"
                    + " shipment_number varchar(40), origin varchar(100), destination varchar(100), lane varchar(210),"
                    + " transport_mode varchar(16), service_level varchar(32), pickup_from timestamptz, pickup_to timestamptz,"
                    + " delivery_from timestamptz, delivery_to timestamptz, ordered_quantity integer, weight_kg numeric(12, 3),"
                    + " declared_value numeric(19, 4), declared_currency varchar(3)");
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
            recordChanges(c, now, actor, side);
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

    /**
     * The history of the plans a chunk changes: for each known shipment its (last) line replans, one row per field
     * whose value differs, written before the upsert replaces them. The values are written as {@code Shipment.replan}
     * writes them (instants to the second in UTC, numbers without trailing zeros).
     */
    private static final String RECORD_CHANGES = """
            insert into shipment_change (id, shipment_id, organisation_id, changed_at, actor_kind, actor_id, actor, actor_side, field,
                   old_value, new_value, after_pickup)
            select nextval('shipment_change_seq'), s.id, s.organisation_id, ?, ?, ?, ?, ?, v.field, v.old_value, v.new_value,
                   s.picked_up_at is not null and s.picked_up_at <= ?
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
        return "to_char(" + table + "." + which + "_from at time zone 'UTC', " + f + ") || '/' || to_char(" + table + "." + which
                + "_to at time zone 'UTC', " + f + ")";
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

    /** Up to this many events (a JSON batch: at most 1,000) go in as arrays bound to one statement; more (file chunks) by COPY. */
    static final int ARRAY_ROWS = 1_000;

    /**
     * The merge of new events: each event joined to its shipment by reference (an unknown one comes back as a
     * rejection), inserted unless the same (organisation, source system, event id) is stored already (the first
     * line wins within a batch), returning what derivation needs of each event actually added. {@code %s} is the
     * input: the staging table or the arrays.
     */
    private static final String MERGE_EVENTS = """
            with matched as (
              select input.line, input.organisation_id, input.shipment_reference, input.status_code, input.reason_code,
                     input.occurred_at::timestamptz as occurred_at, input.zone, input.location, input.source_system,
                     input.sender_event_id, s.id as shipment_id
                from %s
                left join shipment s on s.organisation_id = input.organisation_id and s.client_reference = input.shipment_reference),
            added as (
              insert into tracking_event (id, shipment_id, organisation_id, status_code, reason_code, occurred_at, zone,
                     location, source_system, sender_event_id, received_at, reported_by_kind, reported_by_id, reported_side)
              select nextval('tracking_event_seq'), shipment_id, organisation_id, status_code, reason_code, occurred_at, zone,
                     location, source_system, sender_event_id, ?, ?, ?, ?
                from matched where shipment_id is not null order by line
              on conflict (organisation_id, source_system, sender_event_id) do nothing
              returning shipment_id, status_code, occurred_at)
            select shipment_id, status_code, occurred_at, null::bigint as line, null::varchar as reference from added
            union all
            select null, null, null, line, shipment_reference from matched where shipment_id is null""";

    private static final String EVENT_ARRAYS = "unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[]) as input(line, organisation_id, shipment_reference, status_code,"
            + " reason_code, occurred_at, zone, location, source_system, sender_event_id)";

    /**
     * In the caller's transaction if there is one (a JSON batch), else in one of its own (a chunk of a file).
     * A JSON batch is bound as arrays to the one merging statement (no staging table, so no catalog churn per
     * request); a file's chunk is streamed by COPY into a session's staging table first.
     */
    @Transactional
    public Outcome storeEvents(List<StagedEvent> rows, Instant now, Reporter reporter) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            PreparedStatement ps;
            if (rows.size() <= ARRAY_ROWS) {
                ps = c.prepareStatement(MERGE_EVENTS.formatted(EVENT_ARRAYS));
                int n = rows.size();
                Long[] lines = new Long[n];
                Long[] orgs = new Long[n];
                String[][] text = new String[8][n];
                for (int i = 0; i < n; i++) {
                    StagedEvent r = rows.get(i);
                    lines[i] = r.line();
                    orgs[i] = r.organisationId();
                    text[0][i] = r.reference();
                    text[1][i] = r.statusCode();
                    text[2][i] = r.reasonCode();
                    text[3][i] = IsoInstant.format(r.occurredAt());
                    text[4][i] = r.zone();
                    text[5][i] = r.location();
                    text[6][i] = r.sourceSystem();
                    text[7][i] = r.eventId();
                }
                ps.setArray(1, c.createArrayOf("bigint", lines));
                ps.setArray(2, c.createArrayOf("bigint", orgs));
                for (int t = 0; t < 8; t++) {
                    ps.setArray(3 + t, c.createArrayOf("text", text[t]));
                }
                ps.setTimestamp(11, Timestamp.from(now));
                reporter(ps, 12, reporter);
            } else {
                stage(c, "stage_event", "line bigint, organisation_id bigint, shipment_reference varchar(64), status_code varchar(2),"
                        + " reason_code varchar(2), occurred_at timestamptz, zone varchar(40), location varchar(100),"
                        + " source_system varchar(40), sender_event_id varchar(100)");
                copy(c, "stage_event", rows, (w, r) -> row(w, r.line(), r.organisationId(), r.reference(), r.statusCode(),
                        r.reasonCode(), r.occurredAt(), r.zone(), r.location(), r.sourceSystem(), r.eventId()));
                ps = c.prepareStatement(MERGE_EVENTS.formatted("stage_event input"));
                ps.setTimestamp(1, Timestamp.from(now));
                reporter(ps, 2, reporter);
            }
            List<Rejection> rejected = new ArrayList<>();
            Map<Long, List<ShipmentRepository.EventFactRow>> added = new HashMap<>();
            long created = 0;
            try (ps; ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long shipment = rs.getLong(1);
                    if (rs.wasNull()) {
                        rejected.add(new Rejection(rs.getLong(4), "shipmentReference", "No shipment with the reference "
                                + rs.getString(5) + " (send or import the shipment first)"));
                    } else {
                        created++;
                        added.computeIfAbsent(shipment, k -> new ArrayList<>()).add(new ShipmentRepository.EventFactRow(
                                StatusCode.valueOf(rs.getString(2)), instant(rs, 3), now));
                    }
                }
            }
            deriveStatus(c, added, now);
            return new Outcome(created, 0, rejected);
        });
    }

    /** Who reported a statement's events: three parameters from {@code first} on (kind, id, side). */
    private static void reporter(PreparedStatement ps, int first, Reporter reporter) throws SQLException {
        ps.setString(first, reporter.kind().name());
        if (reporter.id() == null) {
            ps.setNull(first + 1, java.sql.Types.BIGINT);
        } else {
            ps.setLong(first + 1, reporter.id());
        }
        ps.setString(first + 2, reporter.side().name());
    }

    /**
     * A session's staging table, empty: made once per database connection and emptied at every commit, rather
     * than made and dropped for every chunk.
     */
    private static void stage(Connection c, String table, String columns) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("create temp table if not exists " + table + " (" + columns + ") on commit delete rows");
            st.execute("delete from " + table); // a second call in one transaction starts afresh
        }
    }

    /** A shipment's derived columns as stored, with the row's version. */
    private record StoredFacts(DerivedStatus status, ServiceFacts facts, int version) {
    }

    /** What to write back to one shipment. */
    private record Derived(long id, int version, DerivedStatus status, ServiceFacts facts) {
    }

    /**
     * Derives the stored status of every shipment that got new events: from its stored status and facts plus the
     * new events where {@link DerivedStatus#with} allows it (nearly always: events arrive roughly in order), from
     * all its events otherwise. Rows whose derived columns do not change are not written. The rest are written in
     * one statement guarded by each row's version: a shipment that another transaction changed meanwhile is
     * read again (locked this time) and derived again, so that concurrent batches never lose each other's events.
     */
    private static void deriveStatus(Connection c, Map<Long, List<ShipmentRepository.EventFactRow>> added, Instant now)
            throws SQLException {
        Collection<Long> pending = added.keySet();
        for (boolean lock = false; !pending.isEmpty(); lock = true) {
            Map<Long, StoredFacts> stored = storedFacts(c, pending, lock);
            List<Derived> changed = new ArrayList<>();
            List<Long> needAll = new ArrayList<>();
            for (Long id : pending) {
                StoredFacts s = stored.get(id);
                List<ShipmentRepository.EventFactRow> events = added.get(id);
                Optional<DerivedStatus> next = s.status().with(events);
                if (next.isEmpty()) {
                    needAll.add(id);
                } else {
                    ServiceFacts facts = s.facts().with(events);
                    if (!next.get().equals(s.status()) || !facts.equals(s.facts())) {
                        changed.add(new Derived(id, s.version(), next.get(), facts));
                    }
                }
            }
            if (!needAll.isEmpty()) {
                Map<Long, List<ShipmentRepository.EventFactRow>> all = allFacts(c, needAll);
                for (Long id : needAll) {
                    List<ShipmentRepository.EventFactRow> events = all.getOrDefault(id, List.of());
                    StoredFacts s = stored.get(id);
                    DerivedStatus status = DerivedStatus.of(events);
                    ServiceFacts facts = ServiceFacts.of(events);
                    if (!status.equals(s.status()) || !facts.equals(s.facts())) {
                        changed.add(new Derived(id, s.version(), status, facts));
                    }
                }
            }
            pending = write(c, changed, now);
        }
    }

    private static Map<Long, StoredFacts> storedFacts(Connection c, Collection<Long> ids, boolean lock) throws SQLException {
        Map<Long, StoredFacts> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, status, has_exception, last_event_at, delivered_at, picked_up_at,"
                + " attempted_at, damaged, version from shipment where id = any (?)" + (lock ? " order by id for no key update" : ""))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new StoredFacts(
                            new DerivedStatus(ShipmentStatus.valueOf(rs.getString(2)), rs.getBoolean(3), instant(rs, 4), instant(rs, 5)),
                            new ServiceFacts(instant(rs, 6), instant(rs, 7), rs.getBoolean(8)), rs.getInt(9)));
                }
            }
        }
        return result;
    }

    private static Map<Long, List<ShipmentRepository.EventFactRow>> allFacts(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<ShipmentRepository.EventFactRow>> facts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select shipment_id, status_code, occurred_at, received_at from tracking_event where shipment_id = any (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ShipmentRepository.EventFactRow(
                            StatusCode.valueOf(rs.getString(2)), instant(rs, 3), instant(rs, 4)));
                }
            }
        }
        return facts;
    }

    /** Writes the derived columns where the version is still the one read; returns the ids another transaction changed. */
    private static Collection<Long> write(Connection c, List<Derived> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        int n = rows.size();
        Long[] ids = new Long[n];
        Integer[] versions = new Integer[n];
        String[] statuses = new String[n];
        Boolean[] exceptions = new Boolean[n];
        String[][] times = new String[4][n];
        Boolean[] damaged = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Derived d = rows.get(i);
            ids[i] = d.id();
            versions[i] = d.version();
            statuses[i] = d.status().status().name();
            exceptions[i] = d.status().exception();
            times[0][i] = text(d.status().lastEventAt());
            times[1][i] = text(d.status().deliveredAt());
            times[2][i] = text(d.facts().pickedUpAt());
            times[3][i] = text(d.facts().attemptedAt());
            damaged[i] = d.facts().damaged();
        }
        java.util.Set<Long> missed = new java.util.HashSet<>(java.util.Arrays.asList(ids));
        try (PreparedStatement ps = c.prepareStatement("""
                update shipment s set status = u.status, has_exception = u.has_exception,
                       last_event_at = u.last_event_at::timestamptz, delivered_at = u.delivered_at::timestamptz,
                       picked_up_at = u.picked_up_at::timestamptz, attempted_at = u.attempted_at::timestamptz,
                       damaged = u.damaged, updated_at = ?, version = s.version + 1
                  from unnest(?::bigint[], ?::int[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
                       as u(id, version, status, has_exception, last_event_at, delivered_at, picked_up_at, attempted_at, damaged)
                 where s.id = u.id and s.version = u.version
                returning s.id""")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setArray(2, c.createArrayOf("bigint", ids));
            ps.setArray(3, c.createArrayOf("int4", versions));
            ps.setArray(4, c.createArrayOf("text", statuses));
            ps.setArray(5, c.createArrayOf("bool", exceptions));
            for (int t = 0; t < 4; t++) {
                ps.setArray(6 + t, c.createArrayOf("text", times[t]));
            }
            ps.setArray(10, c.createArrayOf("bool", damaged));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missed.remove(rs.getLong(1));
                }
            }
        }
        return missed;
    }

    private static String text(Instant t) {
        return t == null ? null : IsoInstant.format(t);
    }

    /** A timestamptz column as an instant, read without the driver's calendar arithmetic. */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
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
        void write(StringBuilder b, T row);
    }

    /**
     * Streams the rows to COPY: each row is formatted into one buffer, which goes out as UTF-8 every 64 KiB
     * (character by character through a BufferedWriter, whose every call takes a lock, this was a third of
     * an import's CPU in this server).
     */
    private static <T> void copy(Connection c, String table, List<T> rows, RowFormat<T> format) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (OutputStream out = new PGCopyOutputStream(pg, "copy " + table + " from stdin (format csv)", 1 << 16)) {
            StringBuilder b = new StringBuilder(1 << 17);
            for (T r : rows) {
                format.write(b, r);
                if (b.length() >= 1 << 16) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV record for COPY: an empty unquoted field is NULL, text is always quoted (so "" is an empty text). */
    private static void row(StringBuilder b, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Instant t) {
                IsoInstant.appendTo(b, t);
            } else if (v instanceof Number) {
                b.append(v);
            } else {
                String s = v.toString();
                b.append('"');
                if (s.indexOf('"') >= 0) {
                    b.append(s.replace("\"", "\"\""));
                } else {
                    b.append(s);
                }
                b.append('"');
            }
        }
        b.append('\n');
    }
}
