package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.paging.KeysetCursor;
import org.threepl.portal.domain.model.shipment.PodDocument;
import org.threepl.portal.domain.model.shipment.PodDocumentName;
import org.threepl.portal.domain.model.shipment.Shipment;

/** Reading the shipment history: keyset pages for the API, numbered pages for the portal, one shipment whole. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShipmentQueryService {

    /** The portal's table counts matches up to this many and then says "more than". */
    public static final int COUNT_CAP = 10_000;

    @Inject
    CallerContext callers;

    @Inject
    ShipmentRepository shipments;

    /** One page of the API's keyset-paged list, with the cursor of the next page (null on the last). */
    public record SearchPage(List<ShipmentSummary> items, String nextCursor) {}

    /** Outside any transaction (a single read of plain values needs none), like {@link #page}. */
    public SearchPage search(ShipmentFilter filter, ShipmentSort sort, String cursor, int limit) {
        TenantScope scope = scopeFor(filter);
        KeysetCursor<ShipmentSort> after = KeysetCursor.decodeOptional(cursor, sort, ShipmentSort::parameter);
        List<ShipmentSummary> rows = shipments.search(scope, filter, sort, after, limit + 1);
        boolean more = rows.size() > limit;
        List<ShipmentSummary> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            ShipmentSummary last = page.get(page.size() - 1);
            next = new KeysetCursor<>(
                            sort,
                            sort.column().equals("pickup_from") ? last.pickupFrom() : last.deliveryFrom(),
                            last.id())
                    .encode();
        }
        return new SearchPage(List.copyOf(page), next);
    }

    /**
     * The header's search: the shipment a reference, 3PL number or PO names, when exactly one of the caller's shipments
     * carries it or starts with it; empty when none or several do (the list then shows them).
     */
    public java.util.Optional<Long> findOne(String text) {
        ShipmentFilter filter =
                new ShipmentFilter(null, null, null, null, null, null, null, null, null, text, false, null);
        if (filter.reference() == null) {
            return java.util.Optional.empty();
        }
        List<ShipmentSummary> found = page(filter, ShipmentSort.PICKUP_DESC, 0, 20);
        List<ShipmentSummary> exact = found.stream()
                .filter(s -> s.reference().equalsIgnoreCase(filter.reference())
                        || s.shipmentNumber().equalsIgnoreCase(filter.reference()))
                .toList();
        if (exact.size() == 1) {
            return java.util.Optional.of(exact.get(0).id());
        }
        return found.size() == 1 ? java.util.Optional.of(found.get(0).id()) : java.util.Optional.empty();
    }

    /** A numbered page for the portal table. */
    public List<ShipmentSummary> page(ShipmentFilter filter, ShipmentSort sort, int offset, int limit) {
        return shipments.page(scopeFor(filter), filter, sort, offset, limit);
    }

    /** The number of shipments the filter shows, exact up to {@link #COUNT_CAP} (above it, {@code COUNT_CAP + 1}). */
    public long countUpToCap(ShipmentFilter filter) {
        return shipments.countUpTo(scopeFor(filter), filter, COUNT_CAP + 1);
    }

    /** The caller's scope; a filter on an organisation outside it is answered as not found, like any other id. */
    TenantScope scopeFor(ShipmentFilter filter) {
        TenantScope scope = callers.current().tenantScope();
        if (filter.organisationId() != null && !scope.includes(filter.organisationId())) {
            throw new NotFoundException("Organisation " + filter.organisationId());
        }
        return scope;
    }

    @Transactional
    public ShipmentDetail detail(Long id) {
        Shipment s = shipments
                .find(callers.current().tenantScope(), id)
                .orElseThrow(() -> new NotFoundException("Shipment " + id));
        return detailOf(s, shipments);
    }

    /** A signed document, read whole (the only read of its bytes; the shipment's page reads its name alone). */
    public record Document(String fileName, String contentType, byte[] content) {}

    @Transactional
    public Document podDocument(Long shipmentId) {
        shipments
                .find(callers.current().tenantScope(), shipmentId)
                .orElseThrow(() -> new NotFoundException("Shipment " + shipmentId));
        PodDocument d = shipments
                .podDocument(shipmentId)
                .orElseThrow(() -> new NotFoundException("Proof-of-delivery document"));
        return new Document(d.fileName(), d.contentType(), d.content());
    }

    static ShipmentDetail detailOf(Shipment s, ShipmentRepository shipments) {
        var timeline = shipments.timeline(s.id());
        var names = shipments.reporterNames(timeline.stream()
                .map(org.threepl.portal.domain.model.shipment.TrackingEvent::reporter)
                .toList());
        List<EventView> events =
                timeline.stream().map(e -> EventView.of(e, names)).toList();
        ShipmentDetail.ProofOfDeliveryView pod = null;
        if (s.proofOfDelivery() != null) {
            var doc = shipments.podDocumentName(s.id());
            var by = s.podRecordedBy();
            pod = new ShipmentDetail.ProofOfDeliveryView(
                    s.proofOfDelivery().signedBy(),
                    s.proofOfDelivery().signedAt(),
                    s.proofOfDelivery().deliveredQuantity(),
                    doc.map(PodDocumentName::fileName).orElse(null),
                    doc.map(PodDocumentName::contentType).orElse(null),
                    by == null ? null : by.kind().name(),
                    by == null ? null : by.name());
        }
        return ShipmentDetail.of(
                s,
                events,
                pod,
                shipments.notes(s.id()).stream().map(NoteView::of).toList(),
                shipments.changesOf(s.id()).stream()
                        .map(ShipmentDetail.ChangeView::of)
                        .toList());
    }
}
