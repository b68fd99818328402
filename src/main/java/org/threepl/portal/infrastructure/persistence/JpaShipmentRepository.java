package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.paging.KeysetCursor;
import org.threepl.portal.application.shipment.ShipmentFilter;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.application.shipment.ShipmentSort;
import org.threepl.portal.application.shipment.ShipmentSummary;
import org.threepl.portal.domain.model.shipment.PodDocument;
import org.threepl.portal.domain.model.shipment.PodDocumentName;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.TrackingEvent;

/**
 * Shipments and their events. Lists are keyset-paged on (sort key, id) over the indexes of V2, so the 10,000th page
 * costs what the first does; there is no unpaged query over shipments or events.
 */
@ApplicationScoped
public class JpaShipmentRepository implements ShipmentRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Shipment> find(TenantScope scope, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Shipment.class, id)).filter(s -> scope.includes(s.organisationId()));
    }

    /** The organisation's shipments with these client references, by reference. */
    public Map<String, Shipment> byReferences(Long organisationId, Collection<String> references) {
        Map<String, Shipment> result = new HashMap<>();
        if (references.isEmpty()) {
            return result;
        }
        em.createQuery(
                        "select s from Shipment s where s.organisationId = :o and s.clientReference in :refs",
                        Shipment.class)
                .setParameter("o", organisationId)
                .setParameter("refs", references)
                .getResultList()
                .forEach(s -> result.put(s.reference().value(), s));
        return result;
    }

    /**
     * The client references of these shipments, by id: one query for a page of rows that name shipments (disputes,
     * invoice lines). The ids come from rows already read in the caller's scope.
     */
    public Map<Long, String> referencesOf(Collection<Long> shipmentIds) {
        Map<Long, String> result = new HashMap<>();
        if (!shipmentIds.isEmpty()) {
            em.createQuery("select s.id, s.clientReference from Shipment s where s.id in :ids", Object[].class)
                    .setParameter("ids", shipmentIds)
                    .getResultList()
                    .forEach(r -> result.put((Long) r[0], (String) r[1]));
        }
        return result;
    }

    /** Which client reference holds each of these 3PL shipment numbers in the organisation. */
    public Map<String, String> referencesByNumber(Long organisationId, Collection<String> numbers) {
        Map<String, String> result = new HashMap<>();
        if (numbers.isEmpty()) {
            return result;
        }
        em.createQuery(
                        "select s.shipmentNumber, s.clientReference from Shipment s where s.organisationId = :o"
                                + " and s.shipmentNumber in :n",
                        Object[].class)
                .setParameter("o", organisationId)
                .setParameter("n", numbers)
                .getResultList()
                .forEach(r -> result.put((String) r[0], (String) r[1]));
        return result;
    }

    public List<TrackingEvent> timeline(Long shipmentId) {
        return em.createQuery(
                        "select e from TrackingEvent e where e.shipment.id = :id order by e.occurredAt, "
                                + "e.receivedAt, e.id",
                        TrackingEvent.class)
                .setParameter("id", shipmentId)
                .getResultList();
    }

    public Optional<PodDocument> podDocument(Long shipmentId) {
        return Optional.ofNullable(em.find(PodDocument.class, shipmentId));
    }

    public Optional<PodDocumentName> podDocumentName(Long shipmentId) {
        return em.createQuery(
                        "select new org.threepl.portal.domain.model.shipment.PodDocumentName(d.fileName, d.contentType)"
                                + " from PodDocument d where d.shipmentId = :id",
                        PodDocumentName.class)
                .setParameter("id", shipmentId)
                .getResultStream()
                .findFirst();
    }

    /**
     * A list row's columns, in {@link ShipmentSummary}'s order. Lists read this projection rather than entities: no
     * entity is built, put in the persistence context or checked at the end, which more than halved Hibernate's share
     * of a history page (docs/performance.md).
     */
    private static final String SUMMARY = "new " + ShipmentSummary.class.getName() + "(s.id, s.organisationId,"
            + " s.clientReference, s.shipmentNumber, s.origin, s.destination, s.lane, s.transportMode, s.serviceLevel,"
            + " s.pickupWindow.from, s.pickupWindow.to, s.deliveryWindow.from, s.deliveryWindow.to, "
            + "s.status, s.exception,"
            + " s.lastEventAt, s.deliveredAt, s.orderedQuantity, s.version)";

    /** One page in the sort's order, starting after {@code after} (null for the first page). */
    public List<ShipmentSummary> search(
            TenantScope scope, ShipmentFilter filter, ShipmentSort sort, KeysetCursor<ShipmentSort> after, int limit) {
        return ordered(SUMMARY, ShipmentSummary.class, scope, filter, sort, after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** One page by offset, for the portal table (which pages by number). */
    public List<ShipmentSummary> page(
            TenantScope scope, ShipmentFilter filter, ShipmentSort sort, int offset, int limit) {
        return ordered(SUMMARY, ShipmentSummary.class, scope, filter, sort, null)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The columns an export writes, in order. */
    public static final String EXPORT_COLUMNS =
            "s.clientReference, s.shipmentNumber, s.origin, s.destination, s.transportMode,"
                    + " s.serviceLevel, s.pickupWindow.from, s.pickupWindow.to, s.deliveryWindow.from, "
                    + "s.deliveryWindow.to, s.status,"
                    + " s.exception, s.lastEventAt, s.deliveredAt, s.orderedQuantity";

    /**
     * Every matching row, in order, as plain values streamed from the database with a fetch size: nothing enters the
     * persistence context, so memory stays flat however many rows there are.
     */
    public java.util.stream.Stream<Object[]> streamForExport(
            TenantScope scope, ShipmentFilter filter, ShipmentSort sort) {
        return ordered(EXPORT_COLUMNS, Object[].class, scope, filter, sort, null)
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }

    /**
     * The one query behind every shipment list: scope, filters, an optional keyset start, and the sort's order with the
     * id breaking ties, so the API list, the portal table and the export agree.
     */
    private <T> TypedQuery<T> ordered(
            String select,
            Class<T> type,
            TenantScope scope,
            ShipmentFilter filter,
            ShipmentSort sort,
            KeysetCursor<ShipmentSort> after) {
        StringBuilder jpql = new StringBuilder("select " + select + " from Shipment s where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(scope, filter, jpql, params);
        String key = sort.column().equals("pickup_from") ? "s.pickupWindow.from" : "s.deliveryWindow.from";
        if (after != null) {
            // a row-value comparison, so that the (organisation, …, key, id) index is read as a range
            String cmp = sort.ascending() ? ">" : "<";
            jpql.append(" and (").append(key).append(", s.id) ").append(cmp).append(" (:afterKey, :afterId)");
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        String dir = sort.ascending() ? " asc" : " desc";
        jpql.append(" order by ").append(key).append(dir).append(", s.id").append(dir);
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        params.forEach(q::setParameter);
        return q;
    }

    /** How many of the organisation's shipments were delivered in [from, to). */
    public long deliveredBetween(Long organisationId, java.time.Instant from, java.time.Instant to) {
        return em.createQuery(
                        "select count(s) from Shipment s where s.organisationId = :org and s.deliveredAt >= "
                                + ":f and s.deliveredAt < :t",
                        Long.class)
                .setParameter("org", organisationId)
                .setParameter("f", from)
                .setParameter("t", to)
                .getSingleResult();
    }

    /**
     * How many match, counting no further than {@code cap}: a table needs "more than N", not an exact count of
     * millions.
     */
    public long countUpTo(TenantScope scope, ShipmentFilter filter, int cap) {
        StringBuilder jpql = new StringBuilder("select s.id from Shipment s where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(scope, filter, jpql, params);
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(cap).getResultList().size();
    }

    private static void where(TenantScope scope, ShipmentFilter f, StringBuilder jpql, Map<String, Object> params) {
        if (!scope.isUnrestricted()) {
            if (scope.organisationIds().size() == 1) {
                // "=" rather than "in (…)": the planner then walks one organisation's slice of the index in order
                jpql.append(" and s.organisationId = :org0");
                params.put("org0", scope.organisationIds().iterator().next());
            } else {
                jpql.append(" and s.organisationId in :orgs");
                params.put("orgs", scope.organisationIds().isEmpty() ? List.of(-1L) : scope.organisationIds());
            }
        }
        if (f.organisationId() != null) {
            jpql.append(" and s.organisationId = :org");
            params.put("org", f.organisationId());
        }
        if (f.status() != null) {
            jpql.append(" and s.status = :status");
            params.put("status", f.status());
        }
        if (f.pickupFrom() != null) {
            jpql.append(" and s.pickupWindow.from >= :pf");
            params.put("pf", f.pickupFrom());
        }
        if (f.pickupTo() != null) {
            jpql.append(" and s.pickupWindow.from < :pt");
            params.put("pt", f.pickupTo());
        }
        if (f.deliveryFrom() != null) {
            jpql.append(" and s.deliveryWindow.from >= :df");
            params.put("df", f.deliveryFrom());
        }
        if (f.deliveryTo() != null) {
            jpql.append(" and s.deliveryWindow.from < :dt");
            params.put("dt", f.deliveryTo());
        }
        if (f.lane() != null) {
            jpql.append(" and s.lane = :lane");
            params.put("lane", f.lane());
        }
        if (f.origin() != null) {
            jpql.append(" and s.origin = :origin");
            params.put("origin", f.origin());
        }
        if (f.destination() != null) {
            jpql.append(" and s.destination = :destination");
            params.put("destination", f.destination());
        }
        if (f.reference() != null) {
            jpql.append(" and (s.clientReference like :ref escape '!' or s.shipmentNumber like :ref escape '!')");
            params.put(
                    "ref", f.reference().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (f.exceptionsOnly()) {
            jpql.append(" and s.exception = true");
        }
        if (f.progress() != null) {
            jpql.append(" and s.status in :progress");
            params.put("progress", f.progress().statuses());
        }
    }

    public List<org.threepl.portal.domain.model.shipment.ShipmentNote> notes(Long shipmentId) {
        return em.createQuery(
                        "select n from ShipmentNote n where n.shipmentId = :id order by n.createdAt, n.id",
                        org.threepl.portal.domain.model.shipment.ShipmentNote.class)
                .setParameter("id", shipmentId)
                .getResultList();
    }

    public void add(org.threepl.portal.domain.model.shipment.ShipmentNote note) {
        em.persist(note);
    }

    public void add(Shipment shipment) {
        em.persist(shipment);
    }

    public void add(TrackingEvent event) {
        em.persist(event);
    }

    public void addChange(org.threepl.portal.domain.model.shipment.ShipmentChange change) {
        em.persist(change);
    }

    /** The history of a shipment's plan and proof of delivery, oldest first. */
    public List<org.threepl.portal.domain.model.shipment.ShipmentChange> changesOf(Long shipmentId) {
        return em.createQuery(
                        "select c from ShipmentChange c where c.shipmentId = :id order by c.changedAt, c.id",
                        org.threepl.portal.domain.model.shipment.ShipmentChange.class)
                .setParameter("id", shipmentId)
                .getResultList();
    }

    /** The shipments (of those given) whose plan was amended after their pick-up. */
    public java.util.Set<Long> amendedAfterPickup(java.util.Collection<Long> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery(
                        "select distinct c.shipmentId from ShipmentChange c where c.afterPickup = true"
                                + " and c.shipmentId in :ids",
                        Long.class)
                .setParameter("ids", shipmentIds)
                .getResultList());
    }

    /** Who recorded the proof of delivery of each shipment given that has one with a known recorder. */
    public Map<Long, org.threepl.portal.domain.model.shared.Actor> proofOfDeliveryRecorders(
            Collection<Long> shipmentIds) {
        Map<Long, org.threepl.portal.domain.model.shared.Actor> out = new HashMap<>();
        if (shipmentIds.isEmpty()) {
            return out;
        }
        em.createQuery(
                        "select s.id as id, s.podRecordedBy as by from Shipment s where s.id in :ids and "
                                + "s.podRecordedBy.name is not null",
                        jakarta.persistence.Tuple.class)
                .setParameter("ids", shipmentIds)
                .getResultList()
                .forEach(t -> out.put(
                        t.get("id", Long.class), t.get("by", org.threepl.portal.domain.model.shared.Actor.class)));
        return out;
    }

    /**
     * Who reported the events of each shipment given (each reporter once per shipment); events of unknown origin left
     * out.
     */
    public Map<Long, List<org.threepl.portal.domain.model.shipment.Reporter>> reportersOf(
            Collection<Long> shipmentIds) {
        Map<Long, List<org.threepl.portal.domain.model.shipment.Reporter>> out = new HashMap<>();
        if (shipmentIds.isEmpty()) {
            return out;
        }
        em.createQuery(
                        "select distinct e.shipment.id as shipment, e.reporter as reporter from TrackingEvent e"
                                + " where e.shipment.id in :ids and e.reporter.kind is not null",
                        jakarta.persistence.Tuple.class)
                .setParameter("ids", shipmentIds)
                .getResultList()
                .forEach(t -> out.computeIfAbsent(t.get("shipment", Long.class), k -> new ArrayList<>())
                        .add(t.get("reporter", org.threepl.portal.domain.model.shipment.Reporter.class)));
        return out;
    }

    /**
     * The names of those who reported events (users by username, API keys by name), for showing a report's source;
     * keyed by "USER:12" or "CREDENTIAL:7".
     */
    public Map<String, String> reporterNames(
            java.util.Collection<org.threepl.portal.domain.model.shipment.Reporter> reporters) {
        return ReporterNames.of(em, reporters);
    }

    public void save(PodDocument document) {
        PodDocument existing = em.find(PodDocument.class, document.shipmentIdValue());
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(document);
    }

    public void flush() {
        em.flush();
    }
}
