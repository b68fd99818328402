package org.threepl.portal.application.shipment;

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
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;
import org.threepl.portal.domain.model.shipment.EventReport;
import org.threepl.portal.domain.model.shipment.ReasonCode;
import org.threepl.portal.domain.model.shipment.ShipmentPlan;
import org.threepl.portal.domain.model.shipment.ShipmentReference;
import org.threepl.portal.domain.model.shipment.StatusCode;
import org.threepl.portal.domain.model.shipment.TrackingEvent;
import org.threepl.portal.domain.model.shipment.TransportMode;

/**
 * The checks every shipment and event goes through, whichever way it arrives (a JSON batch, a CSV import), so that one
 * rule gives one answer: field by field, with a message naming what is allowed.
 */
final class IngestionChecks {

    /** Events dated further ahead than this are refused as clock errors. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(24);

    private IngestionChecks() {}

    /**
     * An event that passed its checks (its shipment is looked up later): the domain's {@link EventReport}, whose limits
     * are {@link TrackingEvent}'s. The accessors name its parts as the import reads them.
     */
    record CheckedEvent(EventReport report) {
        String reference() {
            return report.shipmentReference().value();
        }

        String source() {
            return report.sourceSystem();
        }

        String eventId() {
            return report.eventId();
        }

        StatusCode code() {
            return report.statusCode();
        }

        ReasonCode reason() {
            return report.reasonCode();
        }

        ZonedDateTime occurred() {
            return report.occurred();
        }

        /** Stripped; null when none was given. */
        String location() {
            return report.location();
        }
    }

    /**
     * Checks one event's own fields by the domain's rules, each field on its own so that every error is reported; null
     * (with the errors recorded) when any is wrong.
     */
    static CheckedEvent event(EventInput in, Errors errors, Instant now) {
        StatusCode code = errors.capture("statusCode", () -> StatusCode.parse(in.statusCode()));
        ReasonCode reason = errors.capture(
                "reasonCode", () -> ReasonCode.parseOptional(in.reasonCode()).orElse(null));
        ZonedDateTime occurred = errors.capture("occurredAt", () -> zoned(in.occurredAt(), in.zone(), now));
        if (occurred != null) {
            errors.capture("zone", () -> TrackingEvent.zone(occurred));
        }
        ShipmentReference reference =
                errors.capture("shipmentReference", () -> ShipmentReference.of(in.shipmentReference()));
        String eventId = errors.capture("eventId", () -> TrackingEvent.eventId(in.eventId()));
        String source = errors.capture("sourceSystem", () -> TrackingEvent.sourceSystem(in.sourceSystem()));
        String location = errors.capture("location", () -> TrackingEvent.location(in.location()));
        if (errors.any()) {
            return null;
        }
        return errors.capture(
                "event",
                () -> new CheckedEvent(new EventReport(reference, code, reason, occurred, location, source, eventId)));
    }

    static ShipmentPlan plan(ShipmentInput in, Errors errors) {
        TransportMode mode = errors.capture(
                "transportMode",
                () -> Enums.parse(TransportMode.class, "transportMode", "transport mode", in.transportMode()));
        Instant pf = errors.capture("pickupFrom", () -> instant(in.pickupFrom()));
        Instant pt = errors.capture("pickupTo", () -> instant(in.pickupTo()));
        Instant df = errors.capture("deliveryFrom", () -> instant(in.deliveryFrom()));
        Instant dt = errors.capture("deliveryTo", () -> instant(in.deliveryTo()));
        TimeWindow pickup = pf == null || pt == null ? null : errors.capture("pickupTo", () -> new TimeWindow(pf, pt));
        TimeWindow delivery =
                df == null || dt == null ? null : errors.capture("deliveryTo", () -> new TimeWindow(df, dt));
        Money value = in.declaredValue() == null
                ? null
                : errors.capture(
                        "currency", () -> new Money(in.declaredValue(), Money.currency("currency", in.currency())));
        if (in.orderedQuantity() == null) {
            errors.add(DomainRuleViolation.Problem.of(
                    "orderedQuantity", "rule.shipment.orderedQuantity.required", "The ordered quantity is required"));
        }
        if (errors.any()) {
            return null;
        }
        String number = in.shipmentNumber() == null || in.shipmentNumber().isBlank()
                ? "TPL-" + in.reference().trim()
                : in.shipmentNumber();
        return errors.capture(
                "shipment",
                () -> new ShipmentPlan(
                        number,
                        in.origin(),
                        in.destination(),
                        mode,
                        in.serviceLevel(),
                        pickup,
                        delivery,
                        in.orderedQuantity(),
                        in.weightKg(),
                        value));
    }

    static Instant instant(String iso) {
        return offsetDateTime(iso).toInstant();
    }

    static ZonedDateTime zoned(String iso, String zone, Instant now) {
        OffsetDateTime time = offsetDateTime(iso);
        Instant t = time.toInstant();
        if (t.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new IllegalArgumentException("The event is dated more than 24 hours ahead: " + iso);
        }
        ZoneId z;
        if (zone == null || zone.isBlank()) {
            z = time.getOffset();
        } else {
            try {
                z = ZoneId.of(zone.trim());
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException(
                        "Unknown time zone '" + zone + "' (use e.g. Asia/Shanghai or +08:00)");
            }
        }
        return t.atZone(z);
    }

    /** An ISO-8601 time with an offset, as {@link OffsetDateTime#parse} reads it; a clear message otherwise. */
    static OffsetDateTime offsetDateTime(String iso) {
        if (iso == null || iso.isBlank()) {
            throw new IllegalArgumentException(
                    "A time is required (ISO-8601 with an offset, e.g. 2026-11-20T14:05:00+08:00)");
        }
        String s = iso.trim();
        OffsetDateTime quick = quickParse(s);
        if (quick != null) {
            return quick;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Not an ISO-8601 time with an offset (e.g. 2026-11-20T14:05:00+08:00): " + iso);
        }
    }

    /**
     * The usual shapes ({@code 2026-11-20T14:05:00Z}, with a fraction of up to nine digits, or an offset
     * {@code +08:00}) read without the general-purpose parser, which was a tenth of the CPU of an event batch; null for
     * anything else (or anything invalid), which then goes to {@link OffsetDateTime#parse}.
     */
    static OffsetDateTime quickParse(String s) {
        int n = s.length();
        if (n < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        java.time.ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = java.time.ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0) {
                return null;
            }
            try {
                offset = s.charAt(i) == '+'
                        ? java.time.ZoneOffset.ofHoursMinutes(oh, om)
                        : java.time.ZoneOffset.ofHoursMinutes(-oh, -om);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number written by {@code length} decimal digits at {@code from}; -1 if any is not a digit. */
    private static int digits(String s, int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The refusal of a report from a client whose contract counts only the 3PL's reports. */
    static DomainRuleViolation.Problem evidenceRefused() {
        return DomainRuleViolation.Problem.of(
                "reporter",
                "rule.shipment.evidenceRefused",
                "This client's contract counts only the 3PL's reports for its service levels:"
                        + " tracking events and proof of delivery come from the 3PL's systems (send remarks as "
                        + "shipment notes)");
    }

    /** Collects an item's errors field by field. */
    static final class Errors {
        private final List<DomainRuleViolation.Problem> list = new ArrayList<>();

        /**
         * What {@code parse} makes; null after adding its refusal, on the field the domain named or else on
         * {@code field}.
         */
        <T> T capture(String field, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (DomainRuleViolation e) {
                DomainRuleViolation.Problem p = e.problems().get(0);
                String at = e.field() == null ? field : e.field();
                list.add(
                        e.problems().size() == 1
                                ? new DomainRuleViolation.Problem(at, p.key(), p.english(), p.args())
                                : DomainRuleViolation.untranslated(at, e.getMessage())
                                        .problems()
                                        .get(0));
                return null;
            } catch (IllegalArgumentException | NullPointerException e) {
                add(field, e.getMessage() == null ? "A value is required" : e.getMessage());
                return null;
            }
        }

        /** A refusal in words from outside the rules (a value's guard), as they are in every language. */
        void add(String field, String message) {
            list.add(DomainRuleViolation.untranslated(field, message).problems().get(0));
        }

        void add(DomainRuleViolation.Problem problem) {
            list.add(problem);
        }

        /** The first problem, as the refusal of a request that records one item. */
        DomainRuleViolation refusal() {
            return new DomainRuleViolation(List.of(list.get(0)));
        }

        boolean any() {
            return !list.isEmpty();
        }

        List<BatchResult.ItemError> list() {
            return list.stream().map(BatchResult.ItemError::of).toList();
        }
    }

    /**
     * The organisation an item belongs to: a client credential's own (an item naming another is refused), or for a 3PL
     * integration the one whose code the item names.
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
                        errors.add(DomainRuleViolation.Problem.of(
                                "organisation",
                                "rule.shipment.organisation.notOwn",
                                "A client's key records only its own organisation's shipments"));
                        return null;
                    }
                }
                return caller.organisationId();
            }
            Long id = cached(code);
            if (id == null) {
                errors.add(
                        code == null || code.isBlank()
                                ? DomainRuleViolation.Problem.of(
                                        "organisation",
                                        "rule.shipment.organisation.required",
                                        "A 3PL integration names the client organisation of each item (its code)")
                                : DomainRuleViolation.Problem.of(
                                        "organisation",
                                        "rule.shipment.organisation.unknown",
                                        "No client organisation with the code {0}",
                                        code));
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
            return byCode.computeIfAbsent(
                    code.trim().toUpperCase(Locale.ROOT),
                    c -> OrganisationCode.parse(c)
                            .flatMap(organisations::findByCode)
                            .map(Organisation::id)
                            .orElse(null));
        }
    }
}
