package org.threepl.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.shipment.ShipmentSummary;

class ShipmentListingWriterTest {

    /**
     * What JSON-B (Yasson, on the server) wrote for these two rows and this next link before the writer existed, byte
     * for byte: the writer must not change a single character of the API's answer.
     */
    private static final String JSON_B = "{\"items\":["
            + "{\"deliveredAt\":\"2026-12-04T11:16:35.975358Z\",\"deliveryFrom\":\"2026-12-04T11:16:35.975358Z\","
            + "\"deliveryTo\":\"2026-12-04T19:16:35.975358Z\",\"destination\":\"Hamburg\",\"exception\":fals"
            + "e,\"id\":5000525591,"
            + "\"lane\":\"Hamburg → Hamburg\",\"lastEventAt\":\"2026-12-04T11:16:35.975358Z\",\"orderedQuantity\":32,"
            + "\"organisationId\":900000002,\"origin\":\"Hamburg\",\"pickupFrom\":\"2026-11-29T11:16:35.975358Z\","
            + "\"pickupTo\":\"2026-11-29T15:16:35.975358Z\",\"reference\":\"BR-525591\",\"serviceLevel\":\"STANDARD\","
            + "\"shipmentNumber\":\"BN-525591\",\"status\":\"DELIVERED\",\"transportMode\":\"RAIL\",\"version\":0},"
            + "{\"deliveryFrom\":\"2026-12-04T11:05:35.975358Z\",\"deliveryTo\":\"2026-12-04T19:05:35.975358Z\","
            + "\"destination\":\"Birmingham\",\"exception\":true,\"id\":5000525580,\"lane\":\"Rotterdam → Birmingham\","
            + "\"lastEventAt\":\"2026-12-04T11:05:35.975358Z\",\"orderedQuantity\":21,\"organisationId\":900000001,"
            + "\"origin\":\"Rotterdam\",\"pickupFrom\":\"2026-11-29T11:05:35.975358Z\",\"pickupTo\":\"2026-1"
            + "1-29T15:05:35.975358Z\","
            + "\"reference\":\"BR-525580\",\"serviceLevel\":\"STANDARD\",\"shipmentNumber\":\"BN-525580\",\""
            + "status\":\"DELAYED\","
            + "\"transportMode\":\"SEA\",\"version\":0}],"
            + "\"next\":\"http://localhost:9980/portal/api/v1/shipments?limit=1&status=DELAYED&cursor=YzF8UE"
            + "lDS1VQX0RFU0N8MTc5NTk1MDMzNXw5NzUzNTgwMDB8NTAwMDUyNTU4MA\"}";

    @Test
    void writesWhatJsonBWrote() throws Exception {
        ShipmentSummary delivered = new ShipmentSummary(
                5000525591L,
                900000002L,
                "BR-525591",
                "BN-525591",
                "Hamburg",
                "Hamburg",
                "Hamburg → Hamburg",
                "RAIL",
                "STANDARD",
                t("2026-11-29T11:16:35.975358Z"),
                t("2026-11-29T15:16:35.975358Z"),
                t("2026-12-04T11:16:35.975358Z"),
                t("2026-12-04T19:16:35.975358Z"),
                "DELIVERED",
                false,
                t("2026-12-04T11:16:35.975358Z"),
                t("2026-12-04T11:16:35.975358Z"),
                32,
                0);
        ShipmentSummary delayed = new ShipmentSummary(
                5000525580L,
                900000001L,
                "BR-525580",
                "BN-525580",
                "Rotterdam",
                "Birmingham",
                "Rotterdam → Birmingham",
                "SEA",
                "STANDARD",
                t("2026-11-29T11:05:35.975358Z"),
                t("2026-11-29T15:05:35.975358Z"),
                t("2026-12-04T11:05:35.975358Z"),
                t("2026-12-04T19:05:35.975358Z"),
                "DELAYED",
                true,
                t("2026-12-04T11:05:35.975358Z"),
                null,
                21,
                0);
        String next = "http://localhost:9980/portal/api/v1/shipments?limit=1&status=DELAYED"
                + "&cursor=YzF8UElDS1VQX0RFU0N8MTc5NTk1MDMzNXw5NzUzNTgwMDB8NTAwMDUyNTU4MA";
        assertEquals(JSON_B, write(new ShipmentResource.ShipmentListing(List.of(delivered, delayed), next)));
    }

    @Test
    void anEmptyLastPageSaysThereIsNoNextOne() throws Exception {
        assertEquals("{\"items\":[],\"next\":null}", write(new ShipmentResource.ShipmentListing(List.of(), null)));
    }

    private static String write(ShipmentResource.ShipmentListing listing) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ShipmentListingWriter()
                .writeTo(
                        listing,
                        ShipmentResource.ShipmentListing.class,
                        ShipmentResource.ShipmentListing.class,
                        null,
                        jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE,
                        null,
                        out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Instant t(String s) {
        return Instant.parse(s);
    }
}
