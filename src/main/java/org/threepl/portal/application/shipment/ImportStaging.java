package org.threepl.portal.application.shipment;

import java.util.List;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.domain.model.shipment.ShipmentPlan;
import org.threepl.portal.domain.model.shipment.ShipmentReference;

/**
 * A file's lines checked for a writer that stages rows ({@link BulkShipmentStore}): each input checked by the API's
 * rules ({@link IngestionChecks}), its organisation resolved, and made the row that goes into the staging table. The
 * checks live here, in the application, so that a line refused by COPY's writer reads exactly like one refused by the
 * API.
 *
 * <p>One per chunk: it remembers the organisations it has looked up, and is not shared between threads.
 */
public final class ImportStaging {

    private final ImportChunkWriter.Context context;
    private final IngestionChecks.OrganisationResolver orgs;

    public ImportStaging(ImportChunkWriter.Context context, OrganisationRepository organisations) {
        this.context = context;
        this.orgs = new IngestionChecks.OrganisationResolver(context.caller(), organisations);
    }

    /** The row to stage, or null with the line's errors added to {@code rejected}. */
    public BulkShipmentStore.StagedShipment shipment(
            ImportChunkWriter.Line<ShipmentInput> line, List<ImportChunkWriter.Rejected> rejected) {
        ShipmentInput in = line.input();
        IngestionChecks.Errors errors = new IngestionChecks.Errors();
        Long orgId = orgs.resolve(in.organisation(), errors);
        ShipmentReference ref = errors.capture("reference", () -> ShipmentReference.of(in.reference()));
        ShipmentPlan plan = IngestionChecks.plan(in, errors);
        if (errors.any() || orgId == null) {
            rejected.add(new ImportChunkWriter.Rejected(line.line(), errors.list()));
            return null;
        }
        return new BulkShipmentStore.StagedShipment(
                line.line(),
                orgId,
                ref.value(),
                plan.shipmentNumber(),
                plan.origin(),
                plan.destination(),
                plan.lane(),
                plan.transportMode().name(),
                plan.serviceLevel(),
                plan.pickupWindow().from(),
                plan.pickupWindow().to(),
                plan.deliveryWindow().from(),
                plan.deliveryWindow().to(),
                plan.orderedQuantity(),
                plan.weightKg(),
                plan.declaredValue() == null ? null : plan.declaredValue().amount(),
                plan.declaredValue() == null
                        ? null
                        : plan.declaredValue().currency().getCurrencyCode());
    }

    /** The row to stage, or null with the line's errors added to {@code rejected}. */
    public BulkShipmentStore.StagedEvent event(
            ImportChunkWriter.Line<EventInput> line, List<ImportChunkWriter.Rejected> rejected) {
        EventInput in = line.input();
        IngestionChecks.Errors errors = new IngestionChecks.Errors();
        Long orgId = orgs.resolve(in.organisation(), errors);
        IngestionChecks.CheckedEvent e = IngestionChecks.event(in, errors, context.now());
        if (e == null || orgId == null) {
            rejected.add(new ImportChunkWriter.Rejected(line.line(), errors.list()));
            return null;
        }
        return new BulkShipmentStore.StagedEvent(
                line.line(),
                orgId,
                e.reference(),
                e.code().name(),
                e.reason() == null ? null : e.reason().name(),
                e.occurred().toInstant(),
                e.occurred().getZone().getId(),
                e.location() == null || e.location().isBlank()
                        ? null
                        : e.location().strip(),
                e.source(),
                e.eventId());
    }
}
