package org.threepl.portal.application.shipment;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;

/**
 * The answer to an ingestion batch: one result per item, in the order sent. Valid items are stored even when others are
 * rejected; a rejected item says why, field by field.
 *
 * @param statusChanges the shipments whose status the batch changed (an event batch's; by shipment): for the
 *     application (e.g. notifications), not part of the API's answer, nor of an answer kept for an Idempotency-Key (a
 *     replay changes nothing)
 */
public record BatchResult(
        int received,
        int accepted,
        int rejected,
        List<ItemResult> items,
        @JsonbTransient List<ShipmentStatusChanged> statusChanges) {

    public BatchResult {
        statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
    }

    /** created, updated, accepted (an event: new or already stored, the same either way) or rejected. */
    public record ItemResult(int index, String result, Long id, List<ItemError> errors) {}

    /**
     * Why an item was rejected: the field at fault, the English, and the rule it breaks ({@code rule.…}, an identifier
     * that survives rewording; none for words from outside the rules, a parser's).
     *
     * @param args the values the rule's text names, as they print: for a file's report shown in its reader's language,
     *     not part of the API's answer
     */
    public record ItemError(
            String field,
            String message,
            String rule,
            @JsonbTransient List<String> args) {

        public ItemError {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public ItemError(String field, String message, String rule) {
            this(field, message, rule, List.of());
        }

        public static ItemError of(DomainRuleViolation.Problem p) {
            return new ItemError(
                    p.field(),
                    p.message(),
                    p.key(),
                    p.args().stream().map(String::valueOf).toList());
        }
    }

    public static BatchResult of(List<ItemResult> items) {
        return of(items, List.of());
    }

    public static BatchResult of(List<ItemResult> items, List<ShipmentStatusChanged> statusChanges) {
        int rejected =
                (int) items.stream().filter(i -> "rejected".equals(i.result())).count();
        return new BatchResult(items.size(), items.size() - rejected, rejected, items, statusChanges);
    }
}
