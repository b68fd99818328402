package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.idempotency.IdempotencyStore;
import org.threepl.portal.application.idempotency.IdempotentRequests;
import org.threepl.portal.application.webhook.WebhookPayloads;
import org.threepl.portal.application.webhook.WebhookPublisher;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.PodDocument;
import org.threepl.portal.domain.model.shipment.ProofOfDelivery;
import org.threepl.portal.domain.model.shipment.Reporter;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentChange;
import org.threepl.portal.domain.model.shipment.ShipmentPlan;
import org.threepl.portal.domain.model.shipment.ShipmentReference;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;
import org.threepl.portal.domain.model.webhook.WebhookEventType;

/**
 * Takes shipments and tracking events from the clients' and the 3PL's systems. Each batch is one transaction; every
 * item is checked first, valid items are stored, invalid ones are reported with their index. Events are stored once per
 * (organisation, source system, event id), so a re-sent batch changes nothing and answers the same; with an
 * Idempotency-Key the answer is replayed as given. Events go to the {@link TrackingEventStore} the database has (chosen
 * once, at start); an event batch's answer carries the changes of status it made ({@link BatchResult#statusChanges()}).
 */
@ApplicationScoped
@Transactional
public class ShipmentIngestionService {

    public static final int MAX_BATCH = 1000;

    @Inject
    CallerContext callers;

    @Inject
    ShipmentRepository shipments;

    @Inject
    OrganisationRepository organisations;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    TrackingEventStore events;

    @Inject
    WebhookPublisher webhooks;

    @Inject
    Clock clock;

    @Inject
    org.threepl.portal.application.RateLimitService rateLimits;

    @Inject
    org.threepl.portal.application.ContractRepository contracts;

    @Inject
    org.threepl.portal.application.metrics.OperationsMetrics metrics;

    /**
     * {@code requestBody}: the request as parsed and written again, asked for only when an Idempotency-Key is given.
     */
    public BatchResult upsertShipments(List<ShipmentInput> items, String idempotencyKey, Supplier<String> requestBody) {
        Caller caller = writer(callers.current());
        rateLimits.chargeBatch("shipments", items == null ? 0 : items.size());
        return idempotent(caller, idempotencyKey, requestBody, () -> doUpsert(caller, items));
    }

    /**
     * {@code requestBody}: the request as parsed and written again, asked for only when an Idempotency-Key is given.
     */
    public BatchResult recordEvents(List<EventInput> items, String idempotencyKey, Supplier<String> requestBody) {
        Caller caller = writer(callers.current());
        rateLimits.chargeBatch("events", items == null ? 0 : items.size());
        return idempotent(caller, idempotencyKey, requestBody, () -> doRecordEvents(caller, items));
    }

    /** A batch of a file import, on behalf of the caller who started it (perhaps on another thread). */
    public BatchResult upsertShipmentsFor(Caller caller, List<ShipmentInput> items) {
        return doUpsert(writer(caller), items);
    }

    /** A batch of a file import, on behalf of the caller who started it (perhaps on another thread). */
    public BatchResult recordEventsFor(Caller caller, List<EventInput> items) {
        return doRecordEvents(writer(caller), items);
    }

    private BatchResult idempotent(Caller caller, String key, Supplier<String> body, Supplier<BatchResult> work) {
        if (key == null || key.isBlank()) {
            return work.get();
        }
        IdempotentRequests.checkKey(key);
        String text = body == null ? null : body.get();
        String hash = sha256(text == null ? "" : text);
        Instant now = clock.instant();
        Instant notBefore = now.minus(IdempotentRequests.KEPT);
        Optional<IdempotencyStore.StoredResult<BatchResult>> earlier =
                idempotency.findResult(caller.credentialId(), key, notBefore, BatchResult.class);
        if (earlier.isPresent()) {
            if (!hash.equals(earlier.get().requestHash())) {
                throw IdempotentRequests.reusedKey();
            }
            return earlier.get().result();
        }
        BatchResult result = work.get();
        // in the batch's own transaction: the answer is recorded exactly when the batch is
        idempotency.saveResult(caller.credentialId(), key, hash, result, now, notBefore);
        return result;
    }

    private BatchResult doUpsert(Caller caller, List<ShipmentInput> items) {
        requireBatchSize(items);
        Instant now = clock.instant();
        IngestionChecks.OrganisationResolver orgs = new IngestionChecks.OrganisationResolver(caller, organisations);
        List<BatchResult.ItemResult> results = new ArrayList<>();
        Map<Long, Map<String, Shipment>> existing = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<Long, Map<String, String>> numbers = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ShipmentInput in = items.get(i);
            IngestionChecks.Errors errors = new IngestionChecks.Errors();
            Long orgId = orgs.resolve(in == null ? null : in.organisation(), errors);
            if (in == null) {
                results.add(rejected(i, List.of(BatchRefusals.itemRequired())));
                continue;
            }
            ShipmentReference ref = errors.capture("reference", () -> ShipmentReference.of(in.reference()));
            ShipmentPlan plan = IngestionChecks.plan(in, errors);
            if (errors.any() || orgId == null) {
                results.add(rejected(i, errors.list()));
                continue;
            }
            if (!seen.add(orgId + "|" + ref.value())) {
                results.add(rejected(i, List.of(BatchRefusals.referenceTwice(ref))));
                continue;
            }
            // a 3PL number belongs to one shipment: refuse one already held by another reference
            String holder = numbers.computeIfAbsent(
                            orgId,
                            o -> shipments.referencesByNumber(
                                    o,
                                    items.stream()
                                            .filter(x -> x != null && x.shipmentNumber() != null)
                                            .map(x -> x.shipmentNumber().strip())
                                            .toList()))
                    .putIfAbsent(plan.shipmentNumber(), ref.value());
            if (holder != null && !holder.equals(ref.value())) {
                results.add(rejected(i, List.of(BatchRefusals.numberTaken(plan.shipmentNumber(), holder))));
                continue;
            }
            Map<String, Shipment> known = existing.computeIfAbsent(
                    orgId,
                    o -> shipments.byReferences(
                            o,
                            items.stream()
                                    .filter(x -> x != null && x.reference() != null)
                                    .map(x -> x.reference().trim())
                                    .toList()));
            Shipment s = known.get(ref.value());
            if (s == null) {
                s = new Shipment(orgId, ref, plan, now);
                shipments.add(s);
                known.put(ref.value(), s);
                results.add(new BatchResult.ItemResult(i, "created", null, null));
            } else {
                // every change of a known shipment's plan is kept, with who made it; after the pick-up it is an
                // amendment
                Shipment changed = s;
                s.replan(plan, now)
                        .forEach(c -> shipments.addChange(
                                new ShipmentChange(changed, c, caller.actor(), sideOf(caller), now)));
                results.add(new BatchResult.ItemResult(i, "updated", s.id(), null));
            }
        }
        shipments.flush();
        return BatchResult.of(withIds(results, items, orgs, existing));
    }

    /** Fills in the ids of created shipments, known only after the flush. */
    private static List<BatchResult.ItemResult> withIds(
            List<BatchResult.ItemResult> results,
            List<ShipmentInput> items,
            IngestionChecks.OrganisationResolver orgs,
            Map<Long, Map<String, Shipment>> existing) {
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

    /**
     * Checks every item on its own, then hands the valid ones to the event store (whichever the database has), which
     * matches them to their shipments, stores the new ones and derives the statuses; the store's refusals join the
     * checks' rejections, and its status changes go into the answer.
     */
    private BatchResult doRecordEvents(Caller caller, List<EventInput> items) {
        requireBatchSize(items);
        Instant now = clock.instant();
        IngestionChecks.OrganisationResolver orgs = new IngestionChecks.OrganisationResolver(caller, organisations);
        Reporter reporter = Reporter.of(caller.actor(), caller.isProvider());
        boolean refusedAsEvidence = !evidenceAccepted(caller, now);

        Map<Integer, List<BatchResult.ItemError>> rejected = new HashMap<>();
        List<TrackingEventStore.Line> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EventInput in = items.get(i);
            IngestionChecks.Errors errors = new IngestionChecks.Errors();
            if (in == null) {
                rejected.put(i, List.of(BatchRefusals.itemRequired()));
                continue;
            }
            Long orgId = orgs.resolve(in.organisation(), errors);
            IngestionChecks.CheckedEvent e = IngestionChecks.event(in, errors, now);
            if (refusedAsEvidence) {
                errors.add(IngestionChecks.evidenceRefused());
            }
            if (e == null || orgId == null || errors.any()) {
                rejected.put(i, errors.list());
            } else {
                valid.add(new TrackingEventStore.Line(i, orgId, e.report()));
            }
        }
        if (valid.isEmpty()) {
            return eventResults(items.size(), rejected, List.of());
        }
        TrackingEventStore.Stored stored = events.store(valid, now, reporter);
        metrics.eventsStored(valid.size() - stored.refused().size());
        webhooks.statusChanges(stored.statusChanges());
        stored.refused().forEach(r -> rejected.put((int) r.line(), List.of(BatchResult.ItemError.of(r.problem()))));
        return eventResults(items.size(), rejected, stored.statusChanges());
    }

    private static BatchResult eventResults(
            int size, Map<Integer, List<BatchResult.ItemError>> rejected, List<ShipmentStatusChanged> statusChanges) {
        List<BatchResult.ItemResult> results = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<BatchResult.ItemError> errors = rejected.get(i);
            results.add(errors != null ? rejected(i, errors) : new BatchResult.ItemResult(i, "accepted", null, null));
        }
        return BatchResult.of(results, statusChanges);
    }

    /** Records who signed for a delivery (and optionally the signed document), replacing an earlier record. */
    public ShipmentDetail recordProofOfDelivery(
            Long shipmentId,
            String signedBy,
            String signedAt,
            Integer deliveredQuantity,
            String documentName,
            byte[] document) {
        Caller caller = writer(callers.current());
        Shipment s = shipments
                .find(caller.tenantScope(), shipmentId)
                .orElseThrow(() -> new NotFoundException("Shipment " + shipmentId));
        Instant now = clock.instant();
        if (!evidenceAccepted(caller, now)) {
            throw new DomainRuleViolation(List.of(IngestionChecks.evidenceRefused()));
        }
        IngestionChecks.Errors errors = new IngestionChecks.Errors();
        Instant at = errors.capture("signedAt", () -> IngestionChecks.instant(signedAt));
        if (deliveredQuantity == null) {
            errors.add(DomainRuleViolation.Problem.of(
                    "deliveredQuantity", "rule.pod.deliveredQuantity.required", "The delivered quantity is required"));
        }
        ProofOfDelivery pod = errors.any()
                ? null
                : errors.capture("signedBy", () -> new ProofOfDelivery(signedBy, at, deliveredQuantity));
        PodDocument doc = document == null
                ? null
                : errors.capture(
                        "document",
                        () -> new PodDocument(
                                s.id(), documentName == null ? "proof-of-delivery" : documentName, document));
        if (errors.any()) {
            throw errors.refusal();
        }
        s.recordProofOfDelivery(pod, caller.actor(), now)
                .forEach(c -> shipments.addChange(new ShipmentChange(s, c, caller.actor(), sideOf(caller), now)));
        if (doc != null) {
            shipments.save(doc);
        }
        shipments.flush();
        webhooks.publish(
                s.organisationId(),
                WebhookEventType.PROOF_OF_DELIVERY_RECORDED,
                "shipment:" + s.id(),
                new WebhookPayloads.ProofOfDelivery(
                        s.id(), s.reference().value(), pod.signedBy(), pod.signedAt(), pod.deliveredQuantity()));
        return ShipmentQueryService.detailOf(s, shipments);
    }

    /** Refuses a whole file of events from a client whose contract counts only the 3PL's reports. */
    void requireEvidenceAccepted(Caller caller) {
        if (!evidenceAccepted(caller, clock.instant())) {
            throw new DomainRuleViolation(List.of(IngestionChecks.evidenceRefused()));
        }
    }

    /**
     * Whether the caller's reports may be stored as service-level evidence: the 3PL's always, a client's if its
     * contract counts them.
     */
    private boolean evidenceAccepted(Caller caller, Instant now) {
        return caller.isProvider()
                || contracts
                        .evidenceInForce(
                                caller.organisationId(), java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))
                        .accepts(false);
    }

    static Reporter.Side sideOf(Caller caller) {
        return caller.isProvider() ? Reporter.Side.PROVIDER : Reporter.Side.CLIENT;
    }

    /** Shipments and events are recorded by systems with a WRITE key, and by 3PL operations admins importing files. */
    static Caller writer(Caller caller) {
        if (!caller.may(ApiScope.WRITE)) {
            throw new AccessDeniedException("Recording shipments needs a key with the WRITE scope");
        }
        if (caller.isUser() && !caller.hasRole(Role.OPS_ADMIN)) {
            throw new AccessDeniedException("Shipments and events are recorded by systems through the API");
        }
        return caller;
    }

    private static void requireBatchSize(List<?> items) {
        if (items == null || items.isEmpty()) {
            throw new DomainRuleViolation("items", "rule.batch.empty", "A batch has at least one item");
        }
        if (items.size() > MAX_BATCH) {
            throw new DomainRuleViolation(
                    "items",
                    "rule.batch.tooLarge",
                    "A batch has at most {0} items; this one has {1}",
                    MAX_BATCH,
                    items.size());
        }
    }

    private static BatchResult.ItemResult rejected(int index, List<BatchResult.ItemError> errors) {
        return new BatchResult.ItemResult(index, "rejected", null, errors);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
