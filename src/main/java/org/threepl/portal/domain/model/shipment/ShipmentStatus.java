package org.threepl.portal.domain.model.shipment;

import java.util.EnumSet;
import java.util.Set;

/** Where a shipment stands, derived from its tracking events (never set by hand). */
public enum ShipmentStatus {
    /** No tracking event yet. */
    BOOKED(Milestone.BOOKED),
    AT_PICKUP(Milestone.BOOKED),
    IN_TRANSIT(Milestone.IN_TRANSIT),
    AT_DELIVERY(Milestone.AT_DELIVERY),
    DELAYED(Milestone.IN_TRANSIT),
    DAMAGED(Milestone.IN_TRANSIT),
    DELIVERY_FAILED(Milestone.AT_DELIVERY),
    REFUSED(Milestone.AT_DELIVERY),
    DELIVERED(Milestone.DELIVERED);

    /** The steps of the milestone bar a client follows a shipment by, in order. */
    public enum Milestone {
        BOOKED,
        PICKED_UP,
        IN_TRANSIT,
        AT_DELIVERY,
        DELIVERED
    }

    /** Which shipments a list is narrowed to by where they stand. */
    public enum Progress {
        /** Picked up and not yet delivered or refused: what a client calls "in transit". */
        ON_THE_WAY,
        /** Not delivered and not refused: what may still need attention. */
        OPEN;

        public Set<ShipmentStatus> statuses() {
            EnumSet<ShipmentStatus> s = EnumSet.noneOf(ShipmentStatus.class);
            for (ShipmentStatus status : ShipmentStatus.values()) {
                if (this == OPEN ? !status.isFinal() : status.isOnTheWay()) {
                    s.add(status);
                }
            }
            return s;
        }
    }

    private final Milestone milestone;

    ShipmentStatus(Milestone milestone) {
        this.milestone = milestone;
    }

    public boolean isFinal() {
        return this == DELIVERED || this == REFUSED;
    }

    /** A status that tells of something gone wrong: delayed, damaged, a failed delivery, refused. */
    public boolean isException() {
        return this == DELAYED || this == DAMAGED || this == DELIVERY_FAILED || this == REFUSED;
    }

    /** Picked up and not yet at the end of its journey. */
    public boolean isOnTheWay() {
        return !isFinal() && this != BOOKED && this != AT_PICKUP;
    }

    /**
     * The furthest milestone this status shows as reached. A shipment in transit has been picked up; the bar marks
     * both. A refused shipment reached the delivery address but is not delivered.
     */
    public Milestone milestone() {
        return milestone;
    }
}
