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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * One change of a shipment's plan or proof of delivery: which field, from what to what, by whom, for which side, when;
 * and whether the goods had been picked up already (then it is an amendment that both sides see). Written once, never
 * changed: the history behind every service-level figure.
 */
@Entity
@Table(name = "shipment_change")
public class ShipmentChange {

    /** The facts whose changes are kept: those a service level is judged on, and what identifies the shipment. */
    public enum Field {
        SHIPMENT_NUMBER,
        ORIGIN,
        DESTINATION,
        TRANSPORT_MODE,
        SERVICE_LEVEL,
        PICKUP_WINDOW,
        DELIVERY_WINDOW,
        ORDERED_QUANTITY,
        WEIGHT,
        DECLARED_VALUE,
        POD_SIGNED_BY,
        POD_SIGNED_AT,
        POD_DELIVERED_QUANTITY
    }

    /** A change before it is stored: the field and its values in words (ISO instants, plain numbers). */
    public record Change(Field field, String oldValue, String newValue) {
        public Change {
            Objects.requireNonNull(field, "field");
        }
    }

    static final int VALUE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_change_seq")
    @SequenceGenerator(name = "shipment_change_seq", sequenceName = "shipment_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "shipment_id", nullable = false, updatable = false)
    private Long shipmentId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "actor_kind", length = 16, updatable = false))
    @AttributeOverride(name = "id", column = @Column(name = "actor_id", updatable = false))
    @AttributeOverride(
            name = "name",
            column = @Column(name = "actor", length = 150, nullable = false, updatable = false))
    private Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_side", nullable = false, length = 8, updatable = false)
    private Reporter.Side side;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 32, updatable = false)
    private Field field;

    @Column(name = "old_value", length = VALUE_MAX, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX, updatable = false)
    private String newValue;

    @Column(name = "after_pickup", nullable = false, updatable = false)
    private boolean afterPickup;

    protected ShipmentChange() {
        // for JPA
    }

    public ShipmentChange(Shipment shipment, Change change, Actor actor, Reporter.Side side, Instant at) {
        this.shipmentId = Objects.requireNonNull(shipment.id(), "the shipment is stored first");
        this.organisationId = shipment.organisationId();
        this.changedAt = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.side = Objects.requireNonNull(side, "side");
        this.field = change.field();
        this.oldValue = cut(change.oldValue());
        this.newValue = cut(change.newValue());
        this.afterPickup =
                shipment.pickedUpAt() != null && !shipment.pickedUpAt().isAfter(at);
    }

    /** Adds the change of {@code field} to {@code changes} when its value differs, compared in words (as stored). */
    static void compare(List<Change> changes, Field field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(
                    field, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= VALUE_MAX ? s : s.substring(0, VALUE_MAX);
    }

    public Long id() {
        return id;
    }

    public Long shipmentId() {
        return shipmentId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Actor actor() {
        return actor;
    }

    public Reporter.Side side() {
        return side;
    }

    public Field field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public boolean afterPickup() {
        return afterPickup;
    }
}
