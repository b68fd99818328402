package org.threepl.portal.application.shipment;

import org.threepl.portal.application.Caller;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;
import org.threepl.portal.domain.model.shipment.ReasonCode;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.StatusCode;
import org.threepl.portal.domain.model.shipment.TransportMode;
import org.threepl.portal.infrastructure.persistence.OrganisationRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checks every shipment and event goes through, whichever way it arrives (a JSON batch, a CSV
 * import), so that one rule gives one answer: field by field, with a message naming what is allowed.
 */
final class IngestionChecks {

    /** Events dated further ahead than this are refused as clock errors. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(24);

    private IngestionChecks() {
    }

    /** An event that passed its checks (its shipment is looked up later). */
    record CheckedEvent(String reference, String source, String eventId, StatusCode code, ReasonCode reason,
                        ZonedDateTime occurred, String location) {
    }

    /** Checks one event's own fields; null (with the errors recorded) when any is wrong. */
    static CheckedEvent event(EventInput in, Errors errors, Instant now) {
        StatusCode code = errors.capture("statusCode", () -> StatusCode.parse(in.statusCode()));
        ReasonCode reason = errors.capture("reasonCode", () -> ReasonCode.parseOptional(in.reasonCode()).orElse(null));
        ZonedDateTime occurred = errors.capture("occurredAt", () -> zoned(in.occurredAt(), in.zone(), now));
        if (in.shipmentReference() == null || in.shipmentReference().isBlank()) {
            errors.add("shipmentReference", "The shipment reference is required");
        }
        if (in.eventId() == null || in.eventId().isBlank() || in.eventId().length() > 100) {
            errors.add("eventId", "An event id of 1 to 100 characters is required (the sender's own id)");
        }
        if (in.sourceSystem() == null || in.sourceSystem().isBlank() || in.sourceSystem().length() > 40) {
            errors.add("sourceSystem", "A source system of 1 to 40 characters is required");
        }
        if (in.location() != null && in.location().length() > 100) {
            errors.add("location", "A location has at most 100 characters");
        }
        if (errors.any()) {
            return null;
        }
        return new CheckedEvent(in.shipmentReference().trim(), in.sourceSystem().trim(), in.eventId().trim(), code, reason,
                occurred, in.location());
    }

    static Shipment.Plan plan(ShipmentInput in, Errors errors) {
        TransportMode mode = errors.capture("transportMode", () -> {
            try {
                return TransportMode.valueOf(in.transportMode() == null ? "" : in.transportMode().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown transport mode '" + in.transportMode() + "'; allowed: "
                        + java.util.Arrays.toString(TransportMode.values()));
            }
        });
        Instant pf = errors.capture("pickupFrom", () -> instant(in.pickupFrom()));
        Instant pt = errors.capture("pickupTo", () -> instant(in.pickupTo()));
        Instant df = errors.capture("deliveryFrom", () -> instant(in.deliveryFrom()));
        Instant dt = errors.capture("deliveryTo", () -> instant(in.deliveryTo()));
        TimeWindow pickup = pf == null || pt == null ? null : errors.capture("pickupTo", () -> new TimeWindow(pf, pt));
        TimeWindow delivery = df == null || dt == null ? null : errors.capture("deliveryTo", () -> new TimeWindow(df, dt));
        Money value = in.declaredValue() == null ? null
                : errors.capture("currency", () -> new Money(in.declaredValue(), Money.currency(in.currency())));
        if (in.orderedQuantity() == null) {
            errors.add("orderedQuantity", "The ordered quantity is required");
        }
        if (errors.any()) {
            return null;
        }
        String number = in.shipmentNumber() == null || in.shipmentNumber().isBlank()
                ? "TPL-" + in.reference().trim() : in.shipmentNumber();
        return errors.capture("shipment", () -> new Shipment.Plan(number, in.origin(), in.destination(), mode,
                in.serviceLevel(), pickup, delivery, in.orderedQuantity(), in.weightKg(), value));
    }

    static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            throw new IllegalArgumentException("A time is required (ISO-8601 with an offset, e.g. 2026-11-20T14:05:00+08:00)");
        }
        try {
            return OffsetDateTime.parse(iso.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 time with an offset (e.g. 2026-11-20T14:05:00+08:00): " + iso);
        }
    }

    static ZonedDateTime zoned(String iso, String zone, Instant now) {
        Instant t = instant(iso);
        if (t.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new IllegalArgumentException("The event is dated more than 24 hours ahead: " + iso);
        }
        ZoneId z;
        if (zone == null || zone.isBlank()) {
            z = OffsetDateTime.parse(iso.trim()).getOffset();
        } else {
            try {
                z = ZoneId.of(zone.trim());
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("Unknown time zone '" + zone + "' (use e.g. Asia/Shanghai or +08:00)");
            }
        }
        return t.atZone(z);
    }

    /** Collects an item's errors field by field. */
    static final class Errors {
        private final List<BatchResult.ItemError> list = new ArrayList<>();

        <T> T capture(String field, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                add(field, e.getMessage() == null ? "A value is required" : e.getMessage());
                return null;
            }
        }

        void add(String field, String message) {
            list.add(new BatchResult.ItemError(field, message));
        }

        boolean any() {
            return !list.isEmpty();
        }

        List<BatchResult.ItemError> list() {
            return List.copyOf(list);
        }
    }

    /**
     * The organisation an item belongs to: a client credential's own (an item naming another is
     * refused), or for a 3PL integration the one whose code the item names.
     */
    static final class OrganisationResolver {
        private final Caller caller;
        private final OrganisationRepository organisations;
        private final Map<String, Long> byCode = new HashMap<>();

        OrganisationResolver(Caller caller, OrganisationRepository organisations) {
            this.caller = caller;
            this.organisations = organisations;
        }

        Long resolve(String code, Errors errors) {
            if (!caller.isProvider()) {
                if (code != null && !code.isBlank()) {
                    Optional<Organisation> own = organisations.find(caller.tenantScope(), caller.organisationId());
                    if (own.isEmpty() || !own.get().code().value().equalsIgnoreCase(code.trim())) {
                        errors.add("organisation", "A client's key records only its own organisation's shipments");
                        return null;
                    }
                }
                return caller.organisationId();
            }
            Long id = cached(code);
            if (id == null) {
                errors.add("organisation", code == null || code.isBlank()
                        ? "A 3PL integration names the client organisation of each item (its code)"
                        : "No client organisation with the code " + code);
            }
            return id;
        }

        Long cached(String code) {
            if (!caller.isProvider()) {
                return caller.organisationId();
            }
            if (code == null || code.isBlank()) {
                return null;
            }
            return byCode.computeIfAbsent(code.trim().toUpperCase(Locale.ROOT), c -> {
                try {
                    return organisations.findByCode(OrganisationCode.of(c)).map(Organisation::id).orElse(null);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            });
        }
    }
}
