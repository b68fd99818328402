package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.stream.Stream;
import org.threepl.portal.application.shipment.Edi214Writer;
import org.threepl.portal.application.shipment.ShipmentEventFeed;
import org.threepl.portal.domain.model.shipment.ReasonCode;
import org.threepl.portal.domain.model.shipment.StatusCode;

/** The {@link ShipmentEventFeed}: plain values streamed with a fetch size, nothing in the persistence context. */
@ApplicationScoped
public class JpaShipmentEventFeed implements ShipmentEventFeed {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Stream<Edi214Writer.Status> events(Long organisationId, Instant from, Instant to) {
        return em.createQuery(
                        "select s.id, s.clientReference, s.shipmentNumber, e.statusCode, e.reasonCode, e.occurredAt,"
                                + " e.location from TrackingEvent e join e.shipment s where e.organisationId = :org"
                                + " and e.occurredAt >= :from and e.occurredAt < :to"
                                + " order by s.id, e.occurredAt, e.receivedAt, e.id",
                        Object[].class)
                .setParameter("org", organisationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .map(r -> new Edi214Writer.Status(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((StatusCode) r[3]).name(),
                        r[4] == null ? null : ((ReasonCode) r[4]).name(),
                        (Instant) r[5],
                        (String) r[6]));
    }
}
