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
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * One status report about a shipment, as a carrier or system sent it: what happened (X12 214 status and reason), when
 * (an instant, plus the zone of the place, for local display), where, and who reported it with which id of its own.
 * Immutable: a correction is a new event.
 *
 * <p>An event's limits are defined here once: the lengths below and the checks that apply them ({@link #sourceSystem},
 * {@link #eventId}, {@link #location}, {@link #zone}), used by this entity, by {@link EventReport} (an event checked
 * before its shipment is looked up, which every ingestion path builds) and by the PostgreSQL store's staging table. The
 * table {@code tracking_event} ({@code V2__shipments.sql}) has the same lengths; {@code TrackingEventLimitsTest} reads
 * the migration and holds the two together. Status and reason codes are the names of {@link StatusCode} and
 * {@link ReasonCode} ({@value #CODE_LENGTH} characters).
 */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent implements EventFact {

    /** The length of a status or reason code (an X12 214 code). */
    public static final int CODE_LENGTH = 2;
    /** The most characters of the name of the system that reports an event. */
    public static final int SOURCE_SYSTEM_LENGTH = 40;
    /** The most characters of the sender's own id of an event. */
    public static final int EVENT_ID_LENGTH = 100;
    /** The most characters of where an event happened. */
    public static final int LOCATION_LENGTH = 100;
    /** The most characters of the id of the zone an event is shown in (region ids and offsets are shorter). */
    public static final int ZONE_LENGTH = 40;

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
    @Column(name = "status_code", nullable = false, length = CODE_LENGTH)
    private StatusCode statusCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = CODE_LENGTH)
    private ReasonCode reasonCode;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "zone", nullable = false, length = ZONE_LENGTH)
    private String zone;

    @Column(name = "location", length = LOCATION_LENGTH)
    private String location;

    @Column(name = "source_system", nullable = false, length = SOURCE_SYSTEM_LENGTH)
    private String sourceSystem;

    @Column(name = "sender_event_id", nullable = false, length = EVENT_ID_LENGTH)
    private String senderEventId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @jakarta.persistence.Embedded
    private Reporter reporter;

    protected TrackingEvent() {
        // for JPA
    }

    public TrackingEvent(
            Shipment shipment,
            StatusCode statusCode,
            ReasonCode reasonCode,
            ZonedDateTime occurred,
            String location,
            String sourceSystem,
            String senderEventId,
            Instant receivedAt) {
        this(shipment, statusCode, reasonCode, occurred, location, sourceSystem, senderEventId, receivedAt, null);
    }

    /** An event and who reported it ({@code reporter} null only for events of unknown origin). */
    public TrackingEvent(
            Shipment shipment,
            StatusCode statusCode,
            ReasonCode reasonCode,
            ZonedDateTime occurred,
            String location,
            String sourceSystem,
            String senderEventId,
            Instant receivedAt,
            Reporter reporter) {
        this.reporter = reporter;
        this.shipment = Objects.requireNonNull(shipment, "shipment");
        this.organisationId = shipment.organisationId();
        this.statusCode = Objects.requireNonNull(statusCode, "A status code is required");
        this.reasonCode = reasonCode;
        this.occurredAt = Objects.requireNonNull(occurred, "The time of the event is required")
                .toInstant();
        this.zone = zone(occurred);
        this.location = location(location);
        this.sourceSystem = sourceSystem(sourceSystem);
        this.senderEventId = eventId(senderEventId);
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A reported event of this shipment, received at {@code receivedAt}, and who reported it. */
    public TrackingEvent(Shipment shipment, EventReport report, Instant receivedAt, Reporter reporter) {
        this(
                shipment,
                report.statusCode(),
                report.reasonCode(),
                report.occurred(),
                report.location(),
                report.sourceSystem(),
                report.eventId(),
                receivedAt,
                reporter);
        if (!shipment.reference().equals(report.shipmentReference())) {
            throw new IllegalArgumentException(
                    "The event reports on " + report.shipmentReference() + ", not on " + shipment.reference());
        }
    }

    /** Who reported the event, and for which side (null for events stored before reporters were kept). */
    public Reporter reporter() {
        return reporter;
    }

    /** The name of the reporting system, stripped: 1 to {@value #SOURCE_SYSTEM_LENGTH} characters. */
    public static String sourceSystem(String s) {
        return text(
                s,
                SOURCE_SYSTEM_LENGTH,
                () -> new DomainRuleViolation(
                        null,
                        "rule.event.sourceSystem",
                        "A source system of 1 to {0} characters is required",
                        SOURCE_SYSTEM_LENGTH));
    }

    /** The sender's own id of the event, stripped: 1 to {@value #EVENT_ID_LENGTH} characters. */
    public static String eventId(String s) {
        return text(
                s,
                EVENT_ID_LENGTH,
                () -> new DomainRuleViolation(
                        null,
                        "rule.event.eventId",
                        "An event id of 1 to {0} characters is required (the sender's own id)",
                        EVENT_ID_LENGTH));
    }

    /** Where the event happened, stripped, at most {@value #LOCATION_LENGTH} characters; null if none (or blank). */
    public static String location(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String stripped = s.strip();
        if (stripped.length() > LOCATION_LENGTH) {
            throw new DomainRuleViolation(
                    null, "rule.event.location.length", "A location has at most {0} characters", LOCATION_LENGTH);
        }
        return stripped;
    }

    /** The id of the zone the event's time is shown in: at most {@value #ZONE_LENGTH} characters. */
    public static String zone(ZonedDateTime occurred) {
        String id = occurred.getZone().getId();
        if (id.length() > ZONE_LENGTH) {
            throw new DomainRuleViolation(
                    null, "rule.event.zone.length", "A time zone id has at most {0} characters: {1}", ZONE_LENGTH, id);
        }
        return id;
    }

    /** The text stripped, refused by {@code rule} when blank or longer than {@code max}. */
    private static String text(String s, int max, java.util.function.Supplier<DomainRuleViolation> rule) {
        if (s == null || s.isBlank() || s.strip().length() > max) {
            throw rule.get();
        }
        return s.strip();
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
