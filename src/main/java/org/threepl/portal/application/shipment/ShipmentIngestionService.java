package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;
import org.threepl.portal.domain.model.shipment.PodDocument;
import org.threepl.portal.domain.model.shipment.ProofOfDelivery;
import org.threepl.portal.domain.model.shipment.ReasonCode;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentReference;
import org.threepl.portal.domain.model.shipment.StatusCode;
import org.threepl.portal.domain.model.shipment.TrackingEvent;
import org.threepl.portal.domain.model.shipment.TransportMode;
import org.threepl.portal.infrastructure.persistence.IdempotencyStore;
import org.threepl.portal.infrastructure.persistence.OrganisationRepository;
import org.threepl.portal.infrastructure.persistence.ShipmentRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Takes shipments and tracking events from the clients' and the 3PL's systems. Each batch is one
 * transaction; every item is checked first, valid items are stored, invalid ones are reported with
 * their index. Events are stored once per (organisation, source system, event id), so a re-sent
 * batch changes nothing and answers the same; with an Idempotency-Key the answer is replayed as given.
 */
@ApplicationScoped
@Transactional
public class ShipmentIngestionService {

    public static final int MAX_BATCH = 1000;
    /** Events dated further ahead than this are refused as clock errors. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(24);

    @Inject
    CallerContext callers;

    @Inject
    ShipmentRepository shipments;

    @Inject
    OrganisationRepository organisations;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    Clock clock;

    public BatchResult upsertShipments(List<ShipmentInput> items, String idempotencyKey, String requestBody) {
        return idempotent(idempotencyKey, requestBody, () -> doUpsert(items));
    }

    public BatchResult recordEvents(List<EventInput> items, String idempotencyKey, String requestBody) {
        return idempotent(idempotencyKey, requestBody, () -> doRecordEvents(items));
    }

    private BatchResult idempotent(String key, String body, Supplier<BatchResult> work) {
        Caller caller = writer();
        if (key == null || key.isBlank()) {
            return work.get();
        }
        if (key.length() > 100) {
            throw new DomainRuleViolation("Idempotency-Key", "An Idempotency-Key has at most 100 characters");
        }
        String hash = sha256(body == null ? "" : body);
        Optional<IdempotencyStore.Stored<BatchResult>> earlier = idempotency.find(caller.credentialId(), key, BatchResult.class);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash)) {
                throw new DomainRuleViolation("Idempotency-Key",
                        "This Idempotency-Key was used for a different request; use a new key for new content");
            }
            return earlier.get().result();
        }
        BatchResult result = work.get();
        idempotency.save(caller.credentialId(), key, hash, 200, result, clock.instant());
        return result;
    }

    private BatchResult doUpsert(List<ShipmentInput> items) {
        requireBatchSize(items);
        Caller caller = callers.current();
        Instant now = clock.instant();
        OrganisationResolver orgs = new OrganisationResolver(caller);
        List<BatchResult.ItemResult> results = new ArrayList<>();
        Map<Long, Map<String, Shipment>> existing = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<Long, Map<String, String>> numbers = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ShipmentInput in = items.get(i);
            Errors errors = new Errors();
            Long orgId = orgs.resolve(in == null ? null : in.organisation(), errors);
            if (in == null) {
                results.add(rejected(i, List.of(new BatchResult.ItemError("item", "An item is required"))));
                continue;
            }
            ShipmentReference ref = errors.capture("reference", () -> ShipmentReference.of(in.reference()));
            Shipment.Plan plan = plan(in, errors);
            if (errors.any() || orgId == null) {
                results.add(rejected(i, errors.list()));
                continue;
            }
            if (!seen.add(orgId + "|" + ref.value())) {
                results.add(rejected(i, List.of(new BatchResult.ItemError("reference",
                        "The reference " + ref + " appears twice in this batch"))));
                continue;
            }
            // a 3PL number belongs to one shipment: refuse one already held by another reference
            String holder = numbers.computeIfAbsent(orgId, o -> shipments.referencesByNumber(o, items.stream()
                    .filter(x -> x != null && x.shipmentNumber() != null).map(x -> x.shipmentNumber().strip()).toList()))
                    .putIfAbsent(plan.shipmentNumber(), ref.value());
            if (holder != null && !holder.equals(ref.value())) {
                results.add(rejected(i, List.of(new BatchResult.ItemError("shipmentNumber",
                        "The shipment number " + plan.shipmentNumber() + " belongs to the shipment " + holder))));
                continue;
            }
            Map<String, Shipment> known = existing.computeIfAbsent(orgId, o -> shipments.byReferences(o,
                    items.stream().filter(x -> x != null && x.reference() != null).map(x -> x.reference().trim()).toList()));
            Shipment s = known.get(ref.value());
            if (s == null) {
                s = new Shipment(orgId, ref, plan, now);
                shipments.add(s);
                known.put(ref.value(), s);
                results.add(new BatchResult.ItemResult(i, "created", null, null));
            } else {
                s.replan(plan, now);
                results.add(new BatchResult.ItemResult(i, "updated", s.id(), null));
            }
        }
        shipments.flush();
        return BatchResult.of(withIds(results, items, orgs, existing));
    }

    /** Fills in the ids of created shipments, known only after the flush. */
    private static List<BatchResult.ItemResult> withIds(List<BatchResult.ItemResult> results, List<ShipmentInput> items,
                                                        OrganisationResolver orgs, Map<Long, Map<String, Shipment>> existing) {
        List<BatchResult.ItemResult> out = new ArrayList<>(results.size());
        for (BatchResult.ItemResult r : results) {
            if ("created".equals(r.result())) {
                ShipmentInput in = items.get(r.index());
                Long orgId = orgs.cached(in.organisation());
                Shipment s = existing.get(orgId).get(in.reference().trim());
                out.add(new BatchResult.ItemResult(r.index(), r.result(), s.id(), null));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private Shipment.Plan plan(ShipmentInput in, Errors errors) {
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

    private BatchResult doRecordEvents(List<EventInput> items) {
        requireBatchSize(items);
        Caller caller = callers.current();
        Instant now = clock.instant();
        OrganisationResolver orgs = new OrganisationResolver(caller);

        // 1. check every item on its own
        record Valid(int index, Long orgId, String reference, String source, String eventId, StatusCode code,
                     ReasonCode reason, ZonedDateTime occurred, String location) {
        }
        Map<Integer, List<BatchResult.ItemError>> rejected = new LinkedHashMap<>();
        List<Valid> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EventInput in = items.get(i);
            Errors errors = new Errors();
            if (in == null) {
                rejected.put(i, List.of(new BatchResult.ItemError("item", "An item is required")));
                continue;
            }
            Long orgId = orgs.resolve(in.organisation(), errors);
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
            if (errors.any() || orgId == null) {
                rejected.put(i, errors.list());
            } else {
                valid.add(new Valid(i, orgId, in.shipmentReference().trim(), in.sourceSystem().trim(), in.eventId().trim(),
                        code, reason, occurred, in.location()));
            }
        }

        // 2. find their shipments (only the caller's) and the events already stored, a query per organisation
        Map<Long, Map<String, Shipment>> shipmentsByOrg = new HashMap<>();
        Map<String, Set<String>> stored = new HashMap<>();
        for (Valid v : valid) {
            shipmentsByOrg.computeIfAbsent(v.orgId(), o -> shipments.byReferences(o,
                    valid.stream().filter(x -> x.orgId().equals(o)).map(Valid::reference).distinct().toList()));
            stored.computeIfAbsent(v.orgId() + "|" + v.source(), k -> new HashSet<>(shipments.storedEventIds(v.orgId(), v.source(),
                    valid.stream().filter(x -> x.orgId().equals(v.orgId()) && x.source().equals(v.source()))
                            .map(Valid::eventId).distinct().toList())));
        }

        // 3. store the new ones, then derive the status of every shipment that got one
        Set<Shipment> touched = new HashSet<>();
        for (Valid v : valid) {
            Shipment s = shipmentsByOrg.get(v.orgId()).get(v.reference());
            if (s == null) {
                rejected.put(v.index(), List.of(new BatchResult.ItemError("shipmentReference",
                        "No shipment with the reference " + v.reference() + " (send it to /api/v1/shipments first)")));
                continue;
            }
            if (stored.get(v.orgId() + "|" + v.source()).add(v.eventId())) {
                shipments.add(new TrackingEvent(s, v.code(), v.reason(), v.occurred(), v.location(), v.source(), v.eventId(), now));
                touched.add(s);
            }
        }
        shipments.flush();
        if (!touched.isEmpty()) {
            Map<Long, List<ShipmentRepository.EventFactRow>> facts = shipments.eventFactsOf(touched.stream().map(Shipment::id).toList());
            touched.forEach(s -> s.deriveStatusFrom(facts.getOrDefault(s.id(), List.of()), now));
        }

        List<BatchResult.ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<BatchResult.ItemError> errors = rejected.get(i);
            results.add(errors != null ? rejected(i, errors) : new BatchResult.ItemResult(i, "accepted", null, null));
        }
        return BatchResult.of(results);
    }

    /** Records who signed for a delivery (and optionally the signed document), replacing an earlier record. */
    public ShipmentDetail recordProofOfDelivery(Long shipmentId, String signedBy, String signedAt, Integer deliveredQuantity,
                                                String documentName, byte[] document) {
        Caller caller = writer();
        Shipment s = shipments.find(caller.tenantScope(), shipmentId)
                .orElseThrow(() -> new NotFoundException("Shipment " + shipmentId));
        Errors errors = new Errors();
        Instant at = errors.capture("signedAt", () -> instant(signedAt));
        if (deliveredQuantity == null) {
            errors.add("deliveredQuantity", "The delivered quantity is required");
        }
        ProofOfDelivery pod = errors.any() ? null
                : errors.capture("signedBy", () -> new ProofOfDelivery(signedBy, at, deliveredQuantity));
        PodDocument doc = document == null ? null
                : errors.capture("document", () -> new PodDocument(s.id(), documentName == null ? "proof-of-delivery" : documentName, document));
        if (errors.any()) {
            BatchResult.ItemError first = errors.list().get(0);
            throw new DomainRuleViolation(first.field(), first.message());
        }
        s.recordProofOfDelivery(pod, clock.instant());
        if (doc != null) {
            shipments.save(doc);
        }
        shipments.flush();
        return ShipmentQueryService.detailOf(s, shipments);
    }

    private Caller writer() {
        Caller caller = callers.current();
        if (!caller.may(ApiScope.WRITE)) {
            throw new AccessDeniedException("Recording shipments needs a key with the WRITE scope");
        }
        if (caller.isUser()) {
            throw new AccessDeniedException("Shipments and events are recorded by systems through the API");
        }
        return caller;
    }

    private static void requireBatchSize(List<?> items) {
        if (items == null || items.isEmpty()) {
            throw new DomainRuleViolation("items", "A batch has at least one item");
        }
        if (items.size() > MAX_BATCH) {
            throw new DomainRuleViolation("items", "A batch has at most " + MAX_BATCH + " items; this one has " + items.size());
        }
    }

    private static BatchResult.ItemResult rejected(int index, List<BatchResult.ItemError> errors) {
        return new BatchResult.ItemResult(index, "rejected", null, errors);
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

    private static ZonedDateTime zoned(String iso, String zone, Instant now) {
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

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects an item's errors field by field. */
    private static final class Errors {
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
    private final class OrganisationResolver {
        private final Caller caller;
        private final Map<String, Long> byCode = new HashMap<>();

        OrganisationResolver(Caller caller) {
            this.caller = caller;
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
