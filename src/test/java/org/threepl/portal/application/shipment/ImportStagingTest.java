package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shipment.ShipmentPlan;

/** The checks of COPY's writer: the API's rules, each error by its field, all of a line's errors at once. */
class ImportStagingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Caller CLIENT = Caller.apiCredential(
            5L, "acme-erp", 7L, EnumSet.of(ApiScope.READ, ApiScope.WRITE), TenantScope.of(List.of(7L)));
    private static final Caller OPS = Caller.user(1L, "olivia", Role.OPS_ADMIN, null, TenantScope.all());
    /** Knows no organisation. */
    private static final OrganisationRepository NO_ORGANISATIONS = (OrganisationRepository) Proxy.newProxyInstance(
            ImportStagingTest.class.getClassLoader(),
            new Class<?>[] {OrganisationRepository.class},
            (proxy, method, args) -> method.getReturnType() == Optional.class ? Optional.empty() : null);

    private final List<ImportChunkWriter.Rejected> rejected = new ArrayList<>();

    private static ImportStaging staging(Caller caller) {
        return new ImportStaging(new ImportChunkWriter.Context(caller, NOW), NO_ORGANISATIONS);
    }

    private static ImportChunkWriter.Line<ShipmentInput> shipment(
            String organisation, String reference, String mode, String pickupFrom, String pickupTo, Integer quantity) {
        return new ImportChunkWriter.Line<>(
                4,
                new ShipmentInput(
                        organisation,
                        reference,
                        null,
                        "Shanghai",
                        "Hamburg",
                        mode,
                        "STANDARD",
                        pickupFrom,
                        pickupTo,
                        "2026-12-01T08:00:00Z",
                        "2026-12-01T17:00:00Z",
                        quantity,
                        new BigDecimal("850.5"),
                        new BigDecimal("12500.00"),
                        "EUR"));
    }

    private static ImportChunkWriter.Line<EventInput> event(
            String code, String eventId, String occurredAt, String zone) {
        return new ImportChunkWriter.Line<>(
                9, new EventInput(null, " R-1 ", eventId, "WMS", code, null, occurredAt, zone, " Shanghai "));
    }

    private List<String> fields() {
        assertEquals(1, rejected.size(), rejected.toString());
        assertEquals(4, rejected.get(0).line());
        return rejected.get(0).errors().stream()
                .map(BatchResult.ItemError::field)
                .toList();
    }

    @Test
    void aValidLineIsStagedWithTheCallersOrganisationTheLaneAndTheDefaultNumber() {
        BulkShipmentStore.StagedShipment row = staging(CLIENT)
                .shipment(
                        shipment(null, " R-1 ", "sea", "2026-11-03T08:00:00Z", "2026-11-03T12:00:00Z", 120), rejected);
        assertEquals(List.of(), rejected);
        assertEquals(
                new BulkShipmentStore.StagedShipment(
                        4,
                        7L,
                        "R-1",
                        "TPL-R-1",
                        "Shanghai",
                        "Hamburg",
                        ShipmentPlan.laneOf("Shanghai", "Hamburg"),
                        "SEA",
                        "STANDARD",
                        Instant.parse("2026-11-03T08:00:00Z"),
                        Instant.parse("2026-11-03T12:00:00Z"),
                        Instant.parse("2026-12-01T08:00:00Z"),
                        Instant.parse("2026-12-01T17:00:00Z"),
                        120,
                        new BigDecimal("850.5"),
                        new BigDecimal("12500.00"),
                        "EUR"),
                row);
    }

    @Test
    void aBadDateIsRefusedByItsField() {
        assertNull(staging(CLIENT)
                .shipment(shipment(null, "R-1", "SEA", "3 Nov 2026", "2026-11-03T12:00:00Z", 1), rejected));
        assertEquals(List.of("pickupFrom"), fields());
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedOnItsEnd() {
        assertNull(staging(CLIENT)
                .shipment(shipment(null, "R-1", "SEA", "2026-11-03T12:00:00Z", "2026-11-03T08:00:00Z", 1), rejected));
        assertEquals(List.of("pickupTo"), fields());
    }

    @Test
    void aTooLongReferenceIsRefusedByItsField() {
        assertNull(staging(CLIENT)
                .shipment(
                        shipment(null, "R".repeat(65), "SEA", "2026-11-03T08:00:00Z", "2026-11-03T12:00:00Z", 1),
                        rejected));
        assertEquals(List.of("reference"), fields());
    }

    @Test
    void everyErrorOfALineIsToldAtOnceAsOneRefusedLine() {
        assertNull(staging(CLIENT)
                .shipment(shipment("NORDWIND", "R-1", "HOVERCRAFT", "soon", "2026-11-03T12:00:00Z", null), rejected));
        assertEquals(List.of("organisation", "transportMode", "pickupFrom", "orderedQuantity"), fields());
        assertEquals(
                "A client's key records only its own organisation's shipments",
                rejected.get(0).errors().get(0).message());
    }

    @Test
    void the3plNamesAKnownOrganisationOnEveryLine() {
        assertNull(staging(OPS)
                .shipment(shipment(null, "R-1", "SEA", "2026-11-03T08:00:00Z", "2026-11-03T12:00:00Z", 1), rejected));
        assertEquals(List.of("organisation"), fields());
        rejected.clear();
        assertNull(staging(OPS)
                .shipment(shipment("NOPE", "R-1", "SEA", "2026-11-03T08:00:00Z", "2026-11-03T12:00:00Z", 1), rejected));
        assertEquals(
                "No client organisation with the code NOPE",
                rejected.get(0).errors().get(0).message());
    }

    @Test
    void anEventIsStagedInItsZoneAndRefusedFieldByField() {
        BulkShipmentStore.StagedEvent row =
                staging(CLIENT).event(event("af", "e-1", "2026-11-03T10:15:00+08:00", "Asia/Shanghai"), rejected);
        assertEquals(List.of(), rejected);
        assertEquals(
                new BulkShipmentStore.StagedEvent(
                        9,
                        7L,
                        "R-1",
                        "AF",
                        null,
                        Instant.parse("2026-11-03T02:15:00Z"),
                        "Asia/Shanghai",
                        "Shanghai",
                        "WMS",
                        "e-1"),
                row);

        assertNull(staging(CLIENT).event(event("ZZ", "x".repeat(101), "2026-11-23T12:00:00Z", "Mars/Base"), rejected));
        assertEquals(1, rejected.size());
        assertEquals(
                List.of("statusCode", "occurredAt", "eventId"),
                rejected.get(0).errors().stream()
                        .map(BatchResult.ItemError::field)
                        .toList(),
                "an unknown code, a time 3 days ahead, an id over 100 characters");
    }
}
