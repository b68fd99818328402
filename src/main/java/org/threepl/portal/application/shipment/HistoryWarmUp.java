package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/**
 * Reads the shipment history as the API's busiest request does, page after page for a while, so that the JIT compiles
 * that path before clients come (a cold server on two cores served a third of its steady rate in its first seconds,
 * docs/performance.md). It reads the organisation of the latest shipment as the server itself
 * ({@link Caller#serverReading}), and hands each page to the given writer; nothing is kept or recorded.
 */
@ApplicationScoped
public class HistoryWarmUp {

    /** The API's default page. */
    static final int PAGE = 50;

    /** The first pages are the ones clients read most: the walk starts again after this many. */
    static final int WALK = 20;

    @Inject
    ShipmentRepository shipments;

    @Inject
    ShipmentQueryService queries;

    @Inject
    CallerContext callers;

    /** Reads pages until {@code budget} has passed (at least one, when there is a shipment); the pages read. */
    @ActivateRequestContext
    public int run(Duration budget, Consumer<ShipmentQueryService.SearchPage> write) {
        Optional<Long> organisation = shipments.organisationOfLatestShipment();
        if (organisation.isEmpty()) {
            return 0;
        }
        long until = System.nanoTime() + budget.toNanos();
        // all of a client's shipments and its delivered ones, newest pick-up first: the API's default and its most
        // asked-for filter
        ShipmentFilter all = ShipmentFilter.none();
        ShipmentFilter delivered = new ShipmentFilter(
                null, ShipmentStatus.DELIVERED, null, null, null, null, null, null, null, null, false, null);
        callers.actFor(Caller.serverReading(organisation.get()));
        try {
            int pages = 0;
            String cursor = null;
            do {
                ShipmentFilter filter = (pages / WALK) % 2 == 0 ? all : delivered;
                ShipmentQueryService.SearchPage page = queries.search(filter, ShipmentSort.PICKUP_DESC, cursor, PAGE);
                write.accept(page);
                pages++;
                cursor = pages % WALK == 0 ? null : page.nextCursor();
            } while (System.nanoTime() < until);
            return pages;
        } finally {
            callers.doneActing();
        }
    }
}
