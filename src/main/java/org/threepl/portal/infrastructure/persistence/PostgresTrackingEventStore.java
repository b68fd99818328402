package org.threepl.portal.infrastructure.persistence;

import static org.threepl.portal.infrastructure.persistence.PostgresCopy.instant;
import static org.threepl.portal.infrastructure.persistence.PostgresCopy.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.threepl.portal.application.IsoInstant;
import org.threepl.portal.application.shipment.BulkShipmentStore.StagedEvent;
import org.threepl.portal.application.shipment.TrackingEventStore;
import org.threepl.portal.domain.model.shipment.DerivedState;
import org.threepl.portal.domain.model.shipment.DerivedStatus;
import org.threepl.portal.domain.model.shipment.EventFact;
import org.threepl.portal.domain.model.shipment.EventReport;
import org.threepl.portal.domain.model.shipment.Reporter;
import org.threepl.portal.domain.model.shipment.ServiceFacts;
import org.threepl.portal.domain.model.shipment.ShipmentReference;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;
import org.threepl.portal.domain.model.shipment.StatusCode;
import org.threepl.portal.domain.model.shipment.StatusDerivation;
import org.threepl.portal.domain.model.shipment.TrackingEvent;

/**
 * The {@link TrackingEventStore} on PostgreSQL, set-based whatever the batch's size: one statement finds each event's
 * shipment by reference and inserts the event unless it is stored already, returning the events actually added (a JSON
 * batch is bound to it as arrays, with no staging table and so no catalog churn per request; a file's chunk is streamed
 * by COPY into a session's staging table first) and, in the same statement, locks every touched shipment and reads its
 * stored state; the domain's {@link StatusDerivation} derives their next states (one more query reads all the events of
 * the few shipments that need them), and one statement writes the changed ones. The lock, held from the read to the
 * commit, is what keeps concurrent batches from losing each other's events. No statement runs per event or per
 * shipment.
 */
@ApplicationScoped
@Typed(PostgresTrackingEventStore.class)
public class PostgresTrackingEventStore implements TrackingEventStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Up to this many events (a JSON batch: at most 1,000) go in as arrays bound to one statement; more (file chunks)
     * by COPY.
     */
    static final int ARRAY_ROWS = 1_000;

    /**
     * The staging table of a file's chunk. Its columns are as long as an event's limits, which the domain defines
     * ({@link TrackingEvent}'s lengths, {@link ShipmentReference#LENGTH}); the table {@code tracking_event}
     * ({@code V2__shipments.sql}) has the same ones, and every row was checked by them ({@link EventReport}) before.
     */
    static final String STAGE_EVENT =
            "line bigint, organisation_id bigint, shipment_reference varchar(" + ShipmentReference.LENGTH
                    + "), status_code varchar(" + TrackingEvent.CODE_LENGTH + "), reason_code varchar("
                    + TrackingEvent.CODE_LENGTH
                    + "), occurred_at timestamptz, zone varchar(" + TrackingEvent.ZONE_LENGTH + "), location varchar("
                    + TrackingEvent.LOCATION_LENGTH + "), source_system varchar(" + TrackingEvent.SOURCE_SYSTEM_LENGTH
                    + "), sender_event_id varchar(" + TrackingEvent.EVENT_ID_LENGTH + ")";

    /**
     * The merge of new events: each event joined to its shipment by reference (an unknown one comes back as a refusal),
     * inserted unless the same (organisation, source system, event id) is stored already (the first line wins within a
     * batch), returning what derivation needs of each event actually added. {@code %s} is the input: the staging table
     * or the arrays. The identities are kept unique in a table of their own ({@code tracking_event_sender}, V33_1), as
     * the events are partitioned by month (V33_2): an event is written only if its identity was new there, the
     * identities inserted in their order so that two batches sharing some never wait on each other crosswise. The
     * events' own {@code on conflict do nothing} is for an upgrade that rolls from a release that stored events without
     * their identities, on a table that still has its unique constraint (V2's {@code tracking_event_sender_uk}). The
     * shipments that got events are locked in the order of their ids (two batches touching the same shipments in other
     * orders would deadlock) and come back with their stored state, the latest committed one, as rows of their own
     * (kind {@code S}, beside the events added, {@code E}, and the refusals, {@code R}; joined to each event, the two
     * lists made a nested loop of 500 × 500): what derivation starts from, read in the same round trip (a read and a
     * lock of their own were a tenth of a batch).
     */
    private static final String MERGE_EVENTS = """
            with matched as (
              select input.line, input.organisation_id, input.shipment_reference, input.status_code, input.reason_code,
                     input.occurred_at::timestamptz as occurred_at, input.zone, input.location, input.source_system,
                     input.sender_event_id, s.id as shipment_id
                from %s
                left join shipment s
                       on s.organisation_id = input.organisation_id and s.client_reference = input.shipment_reference),
            candidates as (
              select distinct on (organisation_id, source_system, sender_event_id) *
                from matched where shipment_id is not null
               order by organisation_id, source_system, sender_event_id, line),
            fresh as (
              insert into tracking_event_sender (organisation_id, source_system, sender_event_id)
              select organisation_id, source_system, sender_event_id from candidates
               order by organisation_id, source_system, sender_event_id
              on conflict do nothing
              returning organisation_id, source_system, sender_event_id),
            added as (
              insert into tracking_event (id, shipment_id, organisation_id, status_code, reason_code, occurred_at, zone,
                     location, source_system, sender_event_id, received_at, reported_by_kind, reported_by_id,
                     reported_side)
              select nextval('tracking_event_seq'), c.shipment_id, c.organisation_id, c.status_code, c.reason_code,
                     c.occurred_at, c.zone, c.location, c.source_system, c.sender_event_id, ?, ?, ?, ?
                from candidates c join fresh f using (organisation_id, source_system, sender_event_id)
               order by c.line
              on conflict do nothing
              returning shipment_id, status_code, occurred_at),
            touched as materialized (
              select id, organisation_id, client_reference, status, has_exception, last_event_at, delivered_at,
                     picked_up_at, attempted_at, damaged
                from shipment where id in (select shipment_id from added)
               order by id for no key update)
            select 'E' as kind, shipment_id, status_code, occurred_at, null::bigint as line, null::varchar as reference,
                   null::bigint as organisation_id, null::varchar as status, null::boolean as has_exception,
                   null::timestamptz as last_event_at, null::timestamptz as delivered_at,
                   null::timestamptz as picked_up_at, null::timestamptz as attempted_at, null::boolean as damaged
              from added
            union all
            select 'S', id, null, null, null, client_reference, organisation_id, status, has_exception, last_event_at,
                   delivered_at, picked_up_at, attempted_at, damaged
              from touched
            union all
            select 'R', null, null, null, line, shipment_reference, null, null, null, null, null, null, null, null
              from matched where shipment_id is null""";

    private static final String EVENT_ARRAYS =
            "unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[]) as input(line, organisation_id, "
                    + "shipment_reference, status_code,"
                    + " reason_code, occurred_at, zone, location, source_system, sender_event_id)";

    @Override
    @Transactional
    public Stored store(List<Line> events, Instant receivedAt, Reporter reporter) {
        List<StagedEvent> rows = new ArrayList<>(events.size());
        for (Line l : events) {
            EventReport e = l.event();
            rows.add(new StagedEvent(
                    l.line(),
                    l.organisationId(),
                    e.shipmentReference().value(),
                    e.statusCode().name(),
                    e.reasonCode() == null ? null : e.reasonCode().name(),
                    e.occurred().toInstant(),
                    e.occurred().getZone().getId(),
                    e.location(),
                    e.sourceSystem(),
                    e.eventId()));
        }
        return em.unwrap(Session.class).doReturningWork(c -> merge(c, rows, receivedAt, reporter));
    }

    /**
     * Stores checked events on this connection, in its transaction: the work of {@link #store}, also for a file's
     * chunks ({@code PostgresBulkShipmentStore}).
     */
    static Stored merge(Connection c, List<StagedEvent> rows, Instant now, Reporter reporter) throws SQLException {
        if (rows.isEmpty()) {
            return new Stored(0, List.of(), List.of());
        }
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
            PostgresCopy.stage(c, "stage_event", STAGE_EVENT);
            PostgresCopy.copy(
                    c,
                    "stage_event",
                    rows,
                    (w, r) -> PostgresCopy.row(
                            w,
                            r.line(),
                            r.organisationId(),
                            r.reference(),
                            r.statusCode(),
                            r.reasonCode(),
                            r.occurredAt(),
                            r.zone(),
                            r.location(),
                            r.sourceSystem(),
                            r.eventId()));
            ps = c.prepareStatement(MERGE_EVENTS.formatted("stage_event input"));
            ps.setTimestamp(1, Timestamp.from(now));
            reporter(ps, 2, reporter);
        }
        List<Refusal> refused = new ArrayList<>();
        Map<Long, List<EventFact>> added = new HashMap<>();
        Map<Long, StoredShipment> stored = new HashMap<>();
        long created = 0;
        try (ps;
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "E" -> {
                        created++;
                        added.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                                .add(new EventFact.Row(StatusCode.valueOf(rs.getString(3)), instant(rs, 4), now));
                    }
                    case "S" -> stored.put(rs.getLong(2), storedShipment(rs, 6));
                    default -> refused.add(Refusal.unknownShipment(rs.getLong(5), rs.getString(6)));
                }
            }
        }
        return new Stored(created, refused, derive(c, added, stored, now));
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

    /** A touched shipment as stored: what a fact names it by and its derived state. */
    private record StoredShipment(long organisationId, String reference, DerivedState state) {}

    /** A stored shipment from the columns reference, organisation, status … damaged, the first at {@code from}. */
    private static StoredShipment storedShipment(ResultSet rs, int from) throws SQLException {
        return new StoredShipment(
                rs.getLong(from + 1),
                rs.getString(from),
                new DerivedState(
                        new DerivedStatus(
                                ShipmentStatus.valueOf(rs.getString(from + 2)),
                                rs.getBoolean(from + 3),
                                instant(rs, from + 4),
                                instant(rs, from + 5)),
                        new ServiceFacts(instant(rs, from + 6), instant(rs, from + 7), rs.getBoolean(from + 8))));
    }

    /**
     * Derives the state of every shipment that got new events by the domain's rule, from the state the merge read under
     * its lock (no other transaction can have changed it since), and writes the changed ones in one statement. The
     * changes of status, by shipment.
     */
    private static List<ShipmentStatusChanged> derive(
            Connection c, Map<Long, List<EventFact>> added, Map<Long, StoredShipment> stored, Instant now)
            throws SQLException {
        Map<Long, DerivedState> before = new HashMap<>();
        stored.forEach((id, s) -> before.put(id, s.state()));
        StatusDerivation derivation = new StatusDerivation(before, added);
        Set<Long> needAll = derivation.needingAllEvents();
        Map<Long, DerivedState> changed = derivation.changed(needAll.isEmpty() ? Map.of() : allFacts(c, needAll));
        write(c, changed, now);
        List<ShipmentStatusChanged> changes = new ArrayList<>();
        changed.forEach((id, next) -> {
            StoredShipment s = stored.get(id);
            ShipmentStatusChanged.between(
                            id,
                            s.organisationId(),
                            s.reference(),
                            s.state().status().status(),
                            next.status().status(),
                            now)
                    .ifPresent(changes::add);
        });
        changes.sort(ShipmentStatusChanged.BY_SHIPMENT);
        return changes;
    }

    /** All events of these shipments (the batch's included), by shipment: what {@link DerivedState#of} needs. */
    private static Map<Long, List<EventFact>> allFacts(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<EventFact>> facts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select shipment_id, status_code, occurred_at, received_at from tracking_event where "
                        + "shipment_id = any (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EventFact.Row(
                                    StatusCode.valueOf(rs.getString(2)), instant(rs, 3), instant(rs, 4)));
                }
            }
        }
        return facts;
    }

    /** Writes the derived columns of these shipments (locked by the merge) in one statement. */
    private static void write(Connection c, Map<Long, DerivedState> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] ids = new Long[n];
        String[] statuses = new String[n];
        Boolean[] exceptions = new Boolean[n];
        String[][] times = new String[4][n];
        Boolean[] damaged = new Boolean[n];
        int i = 0;
        for (Map.Entry<Long, DerivedState> row : rows.entrySet()) {
            DerivedState d = row.getValue();
            ids[i] = row.getKey();
            statuses[i] = d.status().status().name();
            exceptions[i] = d.status().exception();
            times[0][i] = text(d.status().lastEventAt());
            times[1][i] = text(d.status().deliveredAt());
            times[2][i] = text(d.facts().pickedUpAt());
            times[3][i] = text(d.facts().attemptedAt());
            damaged[i] = d.facts().damaged();
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update shipment s set status = u.status, has_exception = u.has_exception,
                       last_event_at = u.last_event_at::timestamptz, delivered_at = u.delivered_at::timestamptz,
                       picked_up_at = u.picked_up_at::timestamptz, attempted_at = u.attempted_at::timestamptz,
                       damaged = u.damaged, updated_at = ?, version = s.version + 1
                  from unnest(?::bigint[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[],
                         ?::boolean[])
                       as u(id, status, has_exception, last_event_at, delivered_at, picked_up_at, attempted_at, damaged)
                 where s.id = u.id""")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setArray(2, c.createArrayOf("bigint", ids));
            ps.setArray(3, c.createArrayOf("text", statuses));
            ps.setArray(4, c.createArrayOf("bool", exceptions));
            for (int t = 0; t < 4; t++) {
                ps.setArray(5 + t, c.createArrayOf("text", times[t]));
            }
            ps.setArray(9, c.createArrayOf("bool", damaged));
            ps.executeUpdate();
        }
    }
}
