package org.threepl.portal.domain.model.account;

/** The logistics services a client contract can cover. */
public enum ServiceType {
    WAREHOUSING,
    TRANSPORT,
    FREIGHT_FORWARDING,
    CUSTOMS_BROKERAGE,
    VALUE_ADDED_SERVICES,
    RETURNS
}
