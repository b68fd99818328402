package org.threepl.portal.domain.model.shipment;

public enum TransportMode {
    ROAD,
    RAIL,
    SEA,
    AIR,
    MULTIMODAL
}
