package org.threepl.portal.domain.model.shipment;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The status rule applied to every shipment a batch gave new events, whatever stores them: each shipment's next
 * {@link DerivedState} from its stored state plus its new events ({@link DerivedState#with}), and from all its events
 * ({@link DerivedState#of}) for the few where that cannot be known otherwise. In two steps, so that a store reads the
 * events of all those shipments at once:
 *
 * <pre>
 *   StatusDerivation d = new StatusDerivation(stored, added);
 *   Map&lt;Long, DerivedState&gt; changed = d.changed(allEventsOf(d.needingAllEvents()));
 * </pre>
 *
 * Shipments are named by id. Only states that differ from the stored ones come back: the rest need no write.
 */
public final class StatusDerivation {

    private final Map<Long, DerivedState> stored;
    private final Map<Long, DerivedState> known = new HashMap<>();
    private final Set<Long> needingAll = new LinkedHashSet<>();

    /**
     * @param stored the state each shipment has before the batch (every shipment of {@code added} must be here)
     * @param added the events the batch added, by shipment (events already on record must not be repeated here)
     */
    public StatusDerivation(
            Map<Long, DerivedState> stored, Map<Long, ? extends Collection<? extends EventFact>> added) {
        this.stored = Map.copyOf(stored);
        added.forEach((id, events) -> {
            DerivedState before = this.stored.get(id);
            if (before == null) {
                throw new IllegalArgumentException("No stored state for shipment " + id);
            }
            before.with(events).ifPresentOrElse(next -> known.put(id, next), () -> needingAll.add(id));
        });
    }

    /** The shipments whose next state needs all their events (the batch's included); often none. */
    public Set<Long> needingAllEvents() {
        return Set.copyOf(needingAll);
    }

    /**
     * The next state of every shipment whose state changed, by id.
     *
     * @param allEvents all events of the shipments {@link #needingAllEvents()} names, by shipment (a shipment missing
     *     here has none)
     */
    public Map<Long, DerivedState> changed(Map<Long, ? extends Collection<? extends EventFact>> allEvents) {
        Map<Long, DerivedState> next = new HashMap<>(known);
        for (Long id : needingAll) {
            Collection<? extends EventFact> events = allEvents.get(id);
            next.put(id, DerivedState.of(events == null ? List.of() : events));
        }
        next.entrySet().removeIf(e -> e.getValue().equals(stored.get(e.getKey())));
        return next;
    }
}
