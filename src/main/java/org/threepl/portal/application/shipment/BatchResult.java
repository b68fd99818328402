package org.threepl.portal.application.shipment;

import java.util.List;

/**
 * The answer to an ingestion batch: one result per item, in the order sent. Valid items are stored
 * even when others are rejected; a rejected item says why, field by field.
 */
public record BatchResult(int received, int accepted, int rejected, List<ItemResult> items) {

    /** created, updated, accepted (an event: new or already stored, the same either way) or rejected. */
    public record ItemResult(int index, String result, Long id, List<ItemError> errors) {
    }

    public record ItemError(String field, String message) {
    }

    public static BatchResult of(List<ItemResult> items) {
        int rejected = (int) items.stream().filter(i -> "rejected".equals(i.result())).count();
        return new BatchResult(items.size(), items.size() - rejected, rejected, items);
    }
}
