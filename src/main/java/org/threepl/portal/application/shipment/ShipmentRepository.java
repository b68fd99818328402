package org.threepl.portal.application.shipment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.paging.KeysetCursor;
import org.threepl.portal.domain.model.shipment.PodDocument;
import org.threepl.portal.domain.model.shipment.PodDocumentName;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.TrackingEvent;

/**
 * Shipments and their events. Lists are keyset-paged on (sort key, id) over the indexes of V2, so the 10,000th page
 * costs what the first does; there is no unpaged query over shipments or events.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaShipmentRepository}.
 */
public interface ShipmentRepository {
    Optional<Shipment> find(TenantScope scope, Long id);

    /** The organisation's shipments with these client references, by reference. */
    Map<String, Shipment> byReferences(Long organisationId, Collection<String> references);

    /**
     * The client references of these shipments, by id: one query for a page of rows that name shipments (disputes,
     * invoice lines). The ids come from rows already read in the caller's scope.
     */
    Map<Long, String> referencesOf(Collection<Long> shipmentIds);

    /** Which client reference holds each of these 3PL shipment numbers in the organisation. */
    Map<String, String> referencesByNumber(Long organisationId, Collection<String> numbers);

    List<TrackingEvent> timeline(Long shipmentId);

    Optional<PodDocument> podDocument(Long shipmentId);

    /** The document's name and type only: a page that shows them never reads the bytes. */
    Optional<PodDocumentName> podDocumentName(Long shipmentId);

    /** One page in the sort's order, starting after {@code after} (null for the first page). */
    List<ShipmentSummary> search(
            TenantScope scope, ShipmentFilter filter, ShipmentSort sort, KeysetCursor<ShipmentSort> after, int limit);

    /** One page by offset, for the portal table (which pages by number). */
    List<ShipmentSummary> page(TenantScope scope, ShipmentFilter filter, ShipmentSort sort, int offset, int limit);

    /**
     * Every matching row, in order, as plain values streamed from the database with a fetch size: nothing enters the
     * persistence context, so memory stays flat however many rows there are.
     */
    java.util.stream.Stream<Object[]> streamForExport(TenantScope scope, ShipmentFilter filter, ShipmentSort sort);

    /** How many of the organisation's shipments were delivered in [from, to). */
    long deliveredBetween(Long organisationId, java.time.Instant from, java.time.Instant to);

    /**
     * How many match, counting no further than {@code cap}: a table needs "more than N", not an exact count of
     * millions.
     */
    long countUpTo(TenantScope scope, ShipmentFilter filter, int cap);

    List<org.threepl.portal.domain.model.shipment.ShipmentNote> notes(Long shipmentId);

    void add(org.threepl.portal.domain.model.shipment.ShipmentNote note);

    void add(Shipment shipment);

    void add(TrackingEvent event);

    void addChange(org.threepl.portal.domain.model.shipment.ShipmentChange change);

    /** The history of a shipment's plan and proof of delivery, oldest first. */
    List<org.threepl.portal.domain.model.shipment.ShipmentChange> changesOf(Long shipmentId);

    /** The shipments (of those given) whose plan was amended after their pick-up. */
    java.util.Set<Long> amendedAfterPickup(java.util.Collection<Long> shipmentIds);

    /** Who recorded the proof of delivery of each shipment given that has one with a known recorder. */
    Map<Long, org.threepl.portal.domain.model.shared.Actor> proofOfDeliveryRecorders(Collection<Long> shipmentIds);

    /**
     * Who reported the events of each shipment given (each reporter once per shipment); events of unknown origin left
     * out.
     */
    Map<Long, List<org.threepl.portal.domain.model.shipment.Reporter>> reportersOf(Collection<Long> shipmentIds);

    /**
     * The names of those who reported events (users by username, API keys by name), for showing a report's source;
     * keyed by "USER:12" or "CREDENTIAL:7".
     */
    Map<String, String> reporterNames(
            java.util.Collection<org.threepl.portal.domain.model.shipment.Reporter> reporters);

    void save(PodDocument document);

    void flush();
}
