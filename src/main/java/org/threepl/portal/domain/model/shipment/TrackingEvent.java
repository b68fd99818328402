package org.threepl.portal.domain.model.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One status report about a shipment, as a carrier or system sent it: what happened (X12 214 status
 * and reason), when (an instant, plus the zone of the place, for local display), where, and who
 * reported it with which id of its own. Immutable: a correction is a new event.
 */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent implements EventFact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tracking_event_seq")
    @SequenceGenerator(name = "tracking_event_seq", sequenceName = "tracking_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id", nullable = false)
    private Shipment shipment;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_code", nullable = false, length = 2)
    private StatusCode statusCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 2)
    private ReasonCode reasonCode;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "zone", nullable = false, length = 40)
    private String zone;

    @Column(name = "location", length = 100)
    private String location;

    @Column(name = "source_system", nullable = false, length = 40)
    private String sourceSystem;

    @Column(name = "sender_event_id", nullable = false, length = 100)
    private String senderEventId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @jakarta.persistence.Embedded
    private Reporter reporter;

    protected TrackingEvent() {
        // for JPA
    }

    public TrackingEvent(Shipment shipment, StatusCode statusCode, ReasonCode reasonCode, ZonedDateTime occurred,
                         String location, String sourceSystem, String senderEventId, Instant receivedAt) {
        this(shipment, statusCode, reasonCode, occurred, location, sourceSystem, senderEventId, receivedAt, null);
    }

    /** An event and who reported it ({@code reporter} null only for events of unknown origin). */
    public TrackingEvent(Shipment shipment, StatusCode statusCode, ReasonCode reasonCode, ZonedDateTime occurred,
                         String location, String sourceSystem, String senderEventId, Instant receivedAt, Reporter reporter) {
        this.reporter = reporter;
        this.shipment = Objects.requireNonNull(shipment, "shipment");
        this.organisationId = shipment.organisationId();
        this.statusCode = Objects.requireNonNull(statusCode, "A status code is required");
        this.reasonCode = reasonCode;
        Objects.requireNonNull(occurred, "The time of the event is required");
        this.occurredAt = occurred.toInstant();
        this.zone = occurred.getZone().getId();
        this.location = location == null || location.isBlank() ? null : limit(location.strip(), 100, "location");
        this.sourceSystem = limit(require(sourceSystem, "source system"), 40, "source system");
        this.senderEventId = limit(require(senderEventId, "event id"), 100, "event id");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Who reported the event, and for which side (null for events stored before reporters were kept). */
    public Reporter reporter() {
        return reporter;
    }

    private static String require(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        return s.strip();
    }

    private static String limit(String s, int max, String what) {
        if (s.length() > max) {
            throw new IllegalArgumentException("The " + what + " has at most " + max + " characters");
        }
        return s;
    }

    public Long id() {
        return id;
    }

    public Shipment shipment() {
        return shipment;
    }

    @Override
    public StatusCode statusCode() {
        return statusCode;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }

    @Override
    public Instant occurredAt() {
        return occurredAt;
    }

    /** The time as it was on the spot. */
    public ZonedDateTime localTime() {
        return occurredAt.atZone(ZoneId.of(zone));
    }

    public String zone() {
        return zone;
    }

    public String location() {
        return location;
    }

    public String sourceSystem() {
        return sourceSystem;
    }

    public String senderEventId() {
        return senderEventId;
    }

    @Override
    public Instant receivedAt() {
        return receivedAt;
    }
}
