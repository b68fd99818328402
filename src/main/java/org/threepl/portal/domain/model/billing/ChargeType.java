package org.threepl.portal.domain.model.billing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an invoice line charges for. Only {@link #CREDIT} lines are negative. */
public enum ChargeType {
    /** Transport by lane: the main charge of a shipment. */
    FREIGHT,
    /** Extra services on a shipment: tail lift, waiting time, two-man delivery, re-delivery. */
    ACCESSORIAL,
    /** The fuel surcharge, usually a percentage of the freight. */
    FUEL_SURCHARGE,
    /** Warehouse storage: pallet places over a period. */
    STORAGE,
    /** Warehouse handling: receiving, picking, packing. */
    HANDLING,
    /** Customs brokerage and duties paid on the client's behalf. */
    CUSTOMS,
    /** Anything else. */
    OTHER,
    /** A reduction: a settled dispute's credit note, a bonus–malus credit, a volume rebate. */
    CREDIT;

    /** The charge type named {@code value} (any case, surrounding space ignored); empty when unknown. */
    public static Optional<ChargeType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(v)).findFirst();
    }

    public boolean isCredit() {
        return this == CREDIT;
    }
}
