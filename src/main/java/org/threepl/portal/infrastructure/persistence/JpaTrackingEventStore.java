package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threepl.portal.application.shipment.TrackingEventStore;
import org.threepl.portal.domain.model.shipment.DerivedState;
import org.threepl.portal.domain.model.shipment.EventFact;
import org.threepl.portal.domain.model.shipment.Reporter;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;
import org.threepl.portal.domain.model.shipment.StatusCode;
import org.threepl.portal.domain.model.shipment.StatusDerivation;
import org.threepl.portal.domain.model.shipment.TrackingEvent;

/**
 * The portable {@link TrackingEventStore}, on JPA alone (the H2 demo database): one query per organisation finds the
 * shipments the batch names by reference, one per (organisation, source system) the event ids already stored; the new
 * events are persisted as entities (in JDBC batches at the flush), and the domain's {@link StatusDerivation} gives each
 * touched shipment its next state (reading all the events of those that need them in one more query), which the
 * shipment takes ({@link Shipment#derive}), reporting its change of status. Concurrent batches on one shipment are kept
 * apart by the shipment's version (the later one fails and may be sent again).
 */
@ApplicationScoped
@Typed(JpaTrackingEventStore.class)
public class JpaTrackingEventStore implements TrackingEventStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    @Transactional
    public Stored store(List<Line> events, Instant receivedAt, Reporter reporter) {
        Map<Long, Map<String, Shipment>> shipments = shipmentsNamed(events);
        Map<String, Set<String>> storedIds = new HashMap<>();
        List<Refusal> refused = new ArrayList<>();
        Map<Long, Shipment> touched = new LinkedHashMap<>();
        Map<Long, List<EventFact>> added = new HashMap<>();
        long created = 0;
        for (Line l : events) {
            String reference = l.event().shipmentReference().value();
            Shipment s = shipments.get(l.organisationId()).get(reference);
            if (s == null) {
                refused.add(Refusal.unknownShipment(l.line(), reference));
                continue;
            }
            Set<String> ids = storedIds.computeIfAbsent(
                    l.organisationId() + "|" + l.event().sourceSystem(),
                    k -> storedEventIds(l.organisationId(), l.event().sourceSystem(), events));
            if (ids.add(l.event().eventId())) { // the first line wins within a batch
                TrackingEvent e = new TrackingEvent(s, l.event(), receivedAt, reporter);
                em.persist(e);
                touched.put(s.id(), s);
                added.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(e);
                created++;
            }
        }
        em.flush();

        Map<Long, DerivedState> before = new HashMap<>();
        touched.forEach((id, s) -> before.put(id, s.derivedState()));
        StatusDerivation derivation = new StatusDerivation(before, added);
        Set<Long> needAll = derivation.needingAllEvents();
        List<ShipmentStatusChanged> changes = new ArrayList<>();
        derivation
                .changed(needAll.isEmpty() ? Map.of() : allFacts(needAll))
                .forEach((id, next) -> touched.get(id).derive(next, receivedAt).ifPresent(changes::add));
        changes.sort(ShipmentStatusChanged.BY_SHIPMENT);
        return new Stored(created, refused, changes);
    }

    /** The shipments the events name, by organisation and reference: one query per organisation. */
    private Map<Long, Map<String, Shipment>> shipmentsNamed(List<Line> events) {
        Map<Long, Set<String>> references = new HashMap<>();
        events.forEach(l -> references
                .computeIfAbsent(l.organisationId(), k -> new HashSet<>())
                .add(l.event().shipmentReference().value()));
        Map<Long, Map<String, Shipment>> result = new HashMap<>();
        references.forEach((org, refs) -> {
            Map<String, Shipment> byReference = new HashMap<>();
            em.createQuery(
                            "select s from Shipment s where s.organisationId = :o and s.clientReference in :refs",
                            Shipment.class)
                    .setParameter("o", org)
                    .setParameter("refs", refs)
                    .getResultList()
                    .forEach(s -> byReference.put(s.reference().value(), s));
            result.put(org, byReference);
        });
        return result;
    }

    /** Of the batch's event ids for this organisation and source system, the ones already stored. */
    private Set<String> storedEventIds(long organisationId, String sourceSystem, List<Line> events) {
        List<String> ids = events.stream()
                .filter(l -> l.organisationId() == organisationId
                        && l.event().sourceSystem().equals(sourceSystem))
                .map(l -> l.event().eventId())
                .distinct()
                .toList();
        return new HashSet<>(em.createQuery(
                        "select e.senderEventId from TrackingEvent e where e.organisationId = :o"
                                + " and e.sourceSystem = :src and e.senderEventId in :ids",
                        String.class)
                .setParameter("o", organisationId)
                .setParameter("src", sourceSystem)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** All events of these shipments (the batch's included, flushed), by shipment. */
    private Map<Long, List<EventFact>> allFacts(Collection<Long> shipmentIds) {
        Map<Long, List<EventFact>> result = new HashMap<>();
        em.createQuery(
                        "select e.shipment.id, e.statusCode, e.occurredAt, e.receivedAt from TrackingEvent e"
                                + " where e.shipment.id in :ids",
                        Object[].class)
                .setParameter("ids", shipmentIds)
                .getResultList()
                .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new EventFact.Row((StatusCode) r[1], (Instant) r[2], (Instant) r[3])));
        return result;
    }
}
