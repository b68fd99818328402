package org.threepl.portal.interfaces.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.threepl.portal.application.shipment.ShipmentFilter;
import org.threepl.portal.application.shipment.ShipmentSort;

/** The filters and order of a shipment list, shared by the paged list and the export, so both select alike. */
public class ShipmentQueryParams {

    @QueryParam("status")
    String status;

    @QueryParam("pickupFrom")
    String pickupFrom;

    @QueryParam("pickupTo")
    String pickupTo;

    @QueryParam("deliveryFrom")
    String deliveryFrom;

    @QueryParam("deliveryTo")
    String deliveryTo;

    @QueryParam("lane")
    String lane;

    @QueryParam("origin")
    String origin;

    @QueryParam("destination")
    String destination;

    @QueryParam("reference")
    String reference;

    @QueryParam("exceptions")
    @DefaultValue("false")
    boolean exceptions;

    @QueryParam("progress")
    String progress;

    @QueryParam("organisation")
    Long organisation;

    @QueryParam("sort")
    @DefaultValue("-pickup")
    String sort;

    ShipmentFilter filter() {
        return new ShipmentFilter(
                organisation,
                ShipmentResource.status(status),
                TimeParams.optional("pickupFrom", pickupFrom),
                TimeParams.optional("pickupTo", pickupTo),
                TimeParams.optional("deliveryFrom", deliveryFrom),
                TimeParams.optional("deliveryTo", deliveryTo),
                lane,
                origin,
                destination,
                reference,
                exceptions,
                org.threepl.portal.domain.model.shared.Enums.parseOptional(
                        org.threepl.portal.domain.model.shipment.ShipmentStatus.Progress.class, "progress", progress));
    }

    ShipmentSort sort() {
        return ShipmentSort.parse(sort);
    }
}
