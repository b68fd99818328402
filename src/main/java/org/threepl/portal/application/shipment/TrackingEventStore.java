package org.threepl.portal.application.shipment;

import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.EventReport;
import org.threepl.portal.domain.model.shipment.Reporter;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;

/**
 * Stores checked tracking events and derives the status of every shipment they touch, by the domain's rule
 * ({@code StatusDerivation}): each event is matched to its shipment by the organisation and the client's reference (an
 * unknown one is refused with its line), stored once per (organisation, source system, event id) (the first line wins
 * within a batch; one already stored is no error and adds nothing), and every shipment whose status changed comes back
 * as a {@link ShipmentStatusChanged} fact. Joins the caller's transaction, or runs in one of its own.
 *
 * <p>A port of the application with two implementations in infrastructure, one chosen at start by {@code db.kind}:
 * {@code PostgresTrackingEventStore} (the batch bound as arrays, or a large one streamed by COPY, merged by set-based
 * statements) and {@code JpaTrackingEventStore} (portable: entities, a few look-up queries per batch; the H2 demo).
 */
public interface TrackingEventStore {

    /**
     * One event of a batch: its line (an item's index, or a file's line), the organisation it belongs to, the event.
     */
    record Line(long line, long organisationId, EventReport event) {}

    /** An event refused by the store (its shipment unknown): the line and the rule it breaks, naming the field. */
    record Refusal(long line, DomainRuleViolation.Problem problem) {

        /** The one refusal both implementations make, in the same words. */
        public static Refusal unknownShipment(long line, String reference) {
            return new Refusal(
                    line,
                    DomainRuleViolation.Problem.of(
                            "shipmentReference",
                            "rule.event.shipment.unknown",
                            "No shipment with the reference {0} (send or import the shipment first)",
                            reference));
        }

        public String field() {
            return problem.field();
        }

        public String message() {
            return problem.message();
        }
    }

    /**
     * What storing a batch did: how many events were new, the lines refused (in no particular order) and the shipments
     * whose status changed (by shipment id).
     */
    record Stored(long added, List<Refusal> refused, List<ShipmentStatusChanged> statusChanges) {
        public Stored {
            refused = List.copyOf(refused);
            statusChanges = List.copyOf(statusChanges);
        }
    }

    /** Stores the events, received at {@code receivedAt} from {@code reporter}; at most one event per line. */
    Stored store(List<Line> events, Instant receivedAt, Reporter reporter);
}
