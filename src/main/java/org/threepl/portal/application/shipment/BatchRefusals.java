package org.threepl.portal.application.shipment;

import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ShipmentReference;

/**
 * The refusals of a batch's items that only the batch as a whole can tell (an item's own checks are
 * {@link IngestionChecks}'): an item missing, a reference sent twice, a 3PL number another shipment holds.
 */
final class BatchRefusals {

    private BatchRefusals() {}

    /** A batch's item that is null. */
    static BatchResult.ItemError itemRequired() {
        return BatchResult.ItemError.of(
                DomainRuleViolation.Problem.of("item", "rule.batch.item.required", "An item is required"));
    }

    /** A shipment's reference sent twice in one batch (the first is taken). */
    static BatchResult.ItemError referenceTwice(ShipmentReference ref) {
        return BatchResult.ItemError.of(DomainRuleViolation.Problem.of(
                "reference", "rule.batch.reference.twice", "The reference {0} appears twice in this batch", ref));
    }

    /** A 3PL shipment number that another reference holds. */
    static BatchResult.ItemError numberTaken(String number, String holder) {
        return BatchResult.ItemError.of(DomainRuleViolation.Problem.of(
                "shipmentNumber",
                "rule.shipment.number.taken",
                "The shipment number {0} belongs to the shipment {1}",
                number,
                holder));
    }
}
