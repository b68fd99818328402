package org.threepl.portal.application.shipment;

import java.math.BigDecimal;

/**
 * One shipment of an upsert batch, as sent: checked item by item, so that one bad item is reported without losing the
 * others. {@code organisation} (a code) is needed only from 3PL integrations.
 */
public record ShipmentInput(
        String organisation,
        String reference,
        String shipmentNumber,
        String origin,
        String destination,
        String transportMode,
        String serviceLevel,
        String pickupFrom,
        String pickupTo,
        String deliveryFrom,
        String deliveryTo,
        Integer orderedQuantity,
        BigDecimal weightKg,
        BigDecimal declaredValue,
        String currency) {}
