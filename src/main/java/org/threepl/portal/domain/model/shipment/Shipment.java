package org.threepl.portal.domain.model.shipment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment the 3PL handles for a client. Its plan (lane, windows, quantities, value) comes from
 * the client's or the 3PL's systems and may be updated; its status is never set, only derived
 * from its tracking events ({@link DerivedStatus}) and kept here so that lists can filter on it.
 */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "client_reference", nullable = false, length = ShipmentReference.LENGTH)
    private String clientReference;

    @Column(name = "shipment_number", nullable = false, length = 40)
    private String shipmentNumber;

    @Column(name = "origin", nullable = false, length = 100)
    private String origin;

    @Column(name = "destination", nullable = false, length = 100)
    private String destination;

    @Column(name = "lane", nullable = false, length = 210)
    private String lane;

    @Enumerated(EnumType.STRING)
    @Column(name = "transport_mode", nullable = false, length = 16)
    private TransportMode transportMode;

    @Column(name = "service_level", nullable = false, length = 32)
    private String serviceLevel;

    @Embedded
    @AttributeOverride(name = "from", column = @Column(name = "pickup_from", nullable = false))
    @AttributeOverride(name = "to", column = @Column(name = "pickup_to", nullable = false))
    private TimeWindow pickupWindow;

    @Embedded
    @AttributeOverride(name = "from", column = @Column(name = "delivery_from", nullable = false))
    @AttributeOverride(name = "to", column = @Column(name = "delivery_to", nullable = false))
    private TimeWindow deliveryWindow;

    @Column(name = "ordered_quantity", nullable = false)
    private int orderedQuantity;

    @Column(name = "weight_kg", precision = 12, scale = 3)
    private BigDecimal weightKg;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "declared_value", precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "declared_currency", length = 3))
    private Money declaredValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ShipmentStatus status;

    @Column(name = "has_exception", nullable = false)
    private boolean exception;

    @Column(name = "last_event_at")
    private Instant lastEventAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "picked_up_at")
    private Instant pickedUpAt;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "damaged", nullable = false)
    private boolean damaged;

    @Embedded
    private ProofOfDelivery proofOfDelivery;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "pod_recorded_by_kind", length = 16))
    @AttributeOverride(name = "id", column = @Column(name = "pod_recorded_by_id"))
    @AttributeOverride(name = "name", column = @Column(name = "pod_recorded_by", length = 150))
    private Actor podRecordedBy;

    /** The planned facts of a shipment, as the sending system states them. */
    public record Plan(String shipmentNumber, String origin, String destination, TransportMode transportMode,
                       String serviceLevel, TimeWindow pickupWindow, TimeWindow deliveryWindow, int orderedQuantity,
                       BigDecimal weightKg, Money declaredValue) {
        public Plan {
            shipmentNumber = text(shipmentNumber, "shipment number", 40);
            origin = text(origin, "origin", 100);
            destination = text(destination, "destination", 100);
            Objects.requireNonNull(transportMode, "A transport mode is required");
            serviceLevel = text(serviceLevel, "service level", 32);
            Objects.requireNonNull(pickupWindow, "A planned pick-up window is required");
            Objects.requireNonNull(deliveryWindow, "A planned delivery window is required");
            if (deliveryWindow.to().isBefore(pickupWindow.from())) {
                throw new IllegalArgumentException("The delivery window ends before the pick-up window starts");
            }
            if (orderedQuantity <= 0) {
                throw new IllegalArgumentException("The ordered quantity must be at least 1");
            }
            if (weightKg != null && weightKg.signum() < 0) {
                throw new IllegalArgumentException("The weight cannot be negative");
            }
            if (declaredValue != null && declaredValue.isNegative()) {
                throw new IllegalArgumentException("The declared value cannot be negative");
            }
        }

        private static String text(String s, String what, int max) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("The " + what + " is required");
            }
            if (s.strip().length() > max) {
                throw new IllegalArgumentException("The " + what + " has at most " + max + " characters");
            }
            return s.strip();
        }
    }

    protected Shipment() {
        // for JPA
    }

    public Shipment(Long organisationId, ShipmentReference reference, Plan plan, Instant now) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.clientReference = Objects.requireNonNull(reference, "reference").value();
        this.status = ShipmentStatus.BOOKED;
        this.createdAt = now;
        replan(plan, now);
    }

    /**
     * Takes the latest plan from the sending system (an upsert by the client's reference); what it changed,
     * field by field (nothing for a new shipment, or when the plan is the same), for the shipment's history.
     */
    public List<ShipmentChange.Change> replan(Plan plan, Instant now) {
        List<ShipmentChange.Change> changes = new ArrayList<>();
        if (shipmentNumber != null) {
            changed(changes, ShipmentChange.Field.SHIPMENT_NUMBER, shipmentNumber, plan.shipmentNumber());
            changed(changes, ShipmentChange.Field.ORIGIN, origin, plan.origin());
            changed(changes, ShipmentChange.Field.DESTINATION, destination, plan.destination());
            changed(changes, ShipmentChange.Field.TRANSPORT_MODE, transportMode, plan.transportMode());
            changed(changes, ShipmentChange.Field.SERVICE_LEVEL, serviceLevel, plan.serviceLevel());
            changed(changes, ShipmentChange.Field.PICKUP_WINDOW, text(pickupWindow), text(plan.pickupWindow()));
            changed(changes, ShipmentChange.Field.DELIVERY_WINDOW, text(deliveryWindow), text(plan.deliveryWindow()));
            changed(changes, ShipmentChange.Field.ORDERED_QUANTITY, orderedQuantity, plan.orderedQuantity());
            changed(changes, ShipmentChange.Field.WEIGHT, weightKg == null ? null : weightKg.stripTrailingZeros().toPlainString(),
                    plan.weightKg() == null ? null : plan.weightKg().stripTrailingZeros().toPlainString());
            changed(changes, ShipmentChange.Field.DECLARED_VALUE, text(declaredValue), text(plan.declaredValue()));
        }
        this.shipmentNumber = plan.shipmentNumber();
        this.origin = plan.origin();
        this.destination = plan.destination();
        this.lane = laneOf(plan.origin(), plan.destination());
        this.transportMode = plan.transportMode();
        this.serviceLevel = plan.serviceLevel();
        this.pickupWindow = plan.pickupWindow();
        this.deliveryWindow = plan.deliveryWindow();
        this.orderedQuantity = plan.orderedQuantity();
        this.weightKg = plan.weightKg();
        this.declaredValue = plan.declaredValue();
        this.updatedAt = now;
        return changes;
    }

    /** A window as the history keeps it: its two instants to the second, in UTC ("2026-11-03T08:00:00Z/2026-11-03T12:00:00Z"). */
    static String text(TimeWindow w) {
        return w == null ? null : second(w.from()) + "/" + second(w.to());
    }

    private static String second(Instant t) {
        return java.time.format.DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** An amount as the history keeps it: no trailing zeros, then the currency ("600 GBP", "12.5 EUR"). */
    static String text(Money m) {
        return m == null ? null : m.amount().stripTrailingZeros().toPlainString() + " " + m.currency().getCurrencyCode();
    }

    private static void changed(List<ShipmentChange.Change> changes, ShipmentChange.Field field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ShipmentChange.Change(field, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    /** A lane is the pair of places a shipment travels between, e.g. "Shanghai → Hamburg". */
    public static String laneOf(String origin, String destination) {
        return origin.strip() + " → " + destination.strip();
    }

    /** Recomputes the derived status from the complete set of this shipment's events. */
    public void deriveStatusFrom(Collection<? extends EventFact> events, Instant now) {
        derive(DerivedState.of(events), now);
    }

    /** What this shipment's events determined so far, as stored in its columns. */
    public DerivedState derivedState() {
        return new DerivedState(new DerivedStatus(status, exception, lastEventAt, deliveredAt),
                new ServiceFacts(pickedUpAt, attemptedAt, damaged));
    }

    /**
     * Takes the state its events now determine ({@link StatusDerivation}); the change of status that makes, if any. A
     * state equal to the current one changes nothing (not even the time of the last update).
     */
    public Optional<ShipmentStatusChanged> derive(DerivedState next, Instant now) {
        Objects.requireNonNull(next, "next");
        if (next.equals(derivedState())) {
            return Optional.empty();
        }
        ShipmentStatus before = status;
        DerivedStatus d = next.status();
        this.status = d.status();
        this.exception = d.exception();
        this.lastEventAt = d.lastEventAt();
        this.deliveredAt = d.deliveredAt();
        ServiceFacts f = next.facts();
        this.pickedUpAt = f.pickedUpAt();
        this.attemptedAt = f.attemptedAt();
        this.damaged = f.damaged();
        this.updatedAt = now;
        // a shipment not stored yet (no id) is named 0
        return ShipmentStatusChanged.between(id == null ? 0 : id, organisationId, clientReference, before, status, now);
    }

    /**
     * Records who signed for the delivery, how much arrived and who reported it; what changed (everything, the
     * first time), for the shipment's history.
     */
    public List<ShipmentChange.Change> recordProofOfDelivery(ProofOfDelivery pod, Actor by,
                                                                      Instant now) {
        Objects.requireNonNull(pod, "pod");
        Objects.requireNonNull(by, "by");
        ProofOfDelivery before = proofOfDelivery;
        List<ShipmentChange.Change> changes = new ArrayList<>();
        changed(changes, ShipmentChange.Field.POD_SIGNED_BY, before == null ? null : before.signedBy(), pod.signedBy());
        changed(changes, ShipmentChange.Field.POD_SIGNED_AT, before == null ? null : before.signedAt(), pod.signedAt());
        changed(changes, ShipmentChange.Field.POD_DELIVERED_QUANTITY, before == null ? null : before.deliveredQuantity(), pod.deliveredQuantity());
        this.proofOfDelivery = pod;
        this.podRecordedBy = by;
        this.updatedAt = now;
        return changes;
    }

    /** Who recorded the proof of delivery (null before it is recorded, or when recorded before this was kept). */
    public Actor podRecordedBy() {
        return podRecordedBy;
    }

    /** No shortage: at least the ordered quantity was delivered (known only once proof of delivery is in). */
    public Boolean isInFull() {
        return proofOfDelivery == null ? null : proofOfDelivery.deliveredQuantity() >= orderedQuantity;
    }

    public Instant pickedUpAt() { return pickedUpAt; }
    public Instant attemptedAt() { return attemptedAt; }
    public boolean isDamaged() { return damaged; }
    public Long id() { return id; }
    public Long organisationId() { return organisationId; }
    public ShipmentReference reference() { return new ShipmentReference(clientReference); }
    public String shipmentNumber() { return shipmentNumber; }
    public String origin() { return origin; }
    public String destination() { return destination; }
    public String lane() { return lane; }
    public TransportMode transportMode() { return transportMode; }
    public String serviceLevel() { return serviceLevel; }
    public TimeWindow pickupWindow() { return pickupWindow; }
    public TimeWindow deliveryWindow() { return deliveryWindow; }
    public int orderedQuantity() { return orderedQuantity; }
    public BigDecimal weightKg() { return weightKg; }
    public Money declaredValue() { return declaredValue; }
    public ShipmentStatus status() { return status; }
    public boolean hasException() { return exception; }
    public Instant lastEventAt() { return lastEventAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public ProofOfDelivery proofOfDelivery() { return proofOfDelivery; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
