package org.threepl.portal.domain.model.shipment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A remark on a shipment that the client and the 3PL both see. Notes are never edited: a correction is a new note. */
@Entity
@Table(name = "shipment_note")
public class ShipmentNote {

    public static final int MAX_LENGTH = 2000;

    /** Which side of the relationship wrote the note. */
    public enum Side {
        CLIENT,
        PROVIDER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_note_seq")
    @SequenceGenerator(name = "shipment_note_seq", sequenceName = "shipment_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "shipment_id", nullable = false)
    private Long shipmentId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "author_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "author_id")),
        @AttributeOverride(name = "name", column = @Column(name = "author", nullable = false, length = 200))
    })
    private Actor author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false, length = 16)
    private Side side;

    @Column(name = "text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ShipmentNote() {
        // for JPA
    }

    public ShipmentNote(Shipment shipment, Actor author, Side side, String text, Instant createdAt) {
        Objects.requireNonNull(shipment, "shipment");
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("text", "rule.shipmentNote.text.required", "A note needs some text");
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new DomainRuleViolation(
                    "text", "rule.shipmentNote.text.length", "A note has at most {0} characters", MAX_LENGTH);
        }
        this.shipmentId = shipment.id();
        this.organisationId = shipment.organisationId();
        this.author = Objects.requireNonNull(author, "author");
        this.side = Objects.requireNonNull(side, "side");
        this.text = text.strip();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public Long shipmentId() {
        return shipmentId;
    }

    public Actor author() {
        return author;
    }

    public Side side() {
        return side;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
