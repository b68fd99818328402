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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;

/**
 * A shipment the 3PL handles for a client. Its plan (lane, windows, quantities, value) comes from the client's or the
 * 3PL's systems and may be updated; its status is never set, only derived from its tracking events
 * ({@link DerivedStatus}) and kept here so that lists can filter on it. The plan is checked as a whole by
 * {@link ShipmentPlan}, which also says what a new one changes.
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

    protected Shipment() {
        // for JPA
    }

    public Shipment(Long organisationId, ShipmentReference reference, ShipmentPlan plan, Instant now) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.clientReference = Objects.requireNonNull(reference, "reference").value();
        this.status = ShipmentStatus.BOOKED;
        this.createdAt = now;
        replan(plan, now);
    }

    /**
     * Takes the latest plan from the sending system (an upsert by the client's reference); what it changed, field by
     * field (nothing for a new shipment, or when the plan is the same), for the shipment's history.
     */
    public List<ShipmentChange.Change> replan(ShipmentPlan plan, Instant now) {
        List<ShipmentChange.Change> changes = shipmentNumber == null ? new ArrayList<>() : plan.changesFrom(this);
        this.shipmentNumber = plan.shipmentNumber();
        this.origin = plan.origin();
        this.destination = plan.destination();
        this.lane = plan.lane();
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

    /** Recomputes the derived status from the complete set of this shipment's events. */
    public void deriveStatusFrom(Collection<? extends EventFact> events, Instant now) {
        derive(DerivedState.of(events), now);
    }

    /** What this shipment's events determined so far, as stored in its columns. */
    public DerivedState derivedState() {
        return new DerivedState(
                new DerivedStatus(status, exception, lastEventAt, deliveredAt),
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
     * Records who signed for the delivery, how much arrived and who reported it; what changed (everything, the first
     * time), for the shipment's history.
     */
    public List<ShipmentChange.Change> recordProofOfDelivery(ProofOfDelivery pod, Actor by, Instant now) {
        Objects.requireNonNull(pod, "pod");
        Objects.requireNonNull(by, "by");
        ProofOfDelivery before = proofOfDelivery;
        List<ShipmentChange.Change> changes = new ArrayList<>();
        ShipmentChange.compare(
                changes, ShipmentChange.Field.POD_SIGNED_BY, before == null ? null : before.signedBy(), pod.signedBy());
        ShipmentChange.compare(
                changes, ShipmentChange.Field.POD_SIGNED_AT, before == null ? null : before.signedAt(), pod.signedAt());
        ShipmentChange.compare(
                changes,
                ShipmentChange.Field.POD_DELIVERED_QUANTITY,
                before == null ? null : before.deliveredQuantity(),
                pod.deliveredQuantity());
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

    public Instant pickedUpAt() {
        return pickedUpAt;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public boolean isDamaged() {
        return damaged;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public ShipmentReference reference() {
        return new ShipmentReference(clientReference);
    }

    public String shipmentNumber() {
        return shipmentNumber;
    }

    public String origin() {
        return origin;
    }

    public String destination() {
        return destination;
    }

    public String lane() {
        return lane;
    }

    public TransportMode transportMode() {
        return transportMode;
    }

    public String serviceLevel() {
        return serviceLevel;
    }

    public TimeWindow pickupWindow() {
        return pickupWindow;
    }

    public TimeWindow deliveryWindow() {
        return deliveryWindow;
    }

    public int orderedQuantity() {
        return orderedQuantity;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public Money declaredValue() {
        return declaredValue;
    }

    public ShipmentStatus status() {
        return status;
    }

    public boolean hasException() {
        return exception;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public ProofOfDelivery proofOfDelivery() {
        return proofOfDelivery;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
