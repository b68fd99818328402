package org.threepl.portal.domain.model.webhook;

/**
 * PENDING until the receiver answers 2xx (DELIVERED) or the retries run out (FAILED); a redelivery makes it PENDING.
 */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED
}
