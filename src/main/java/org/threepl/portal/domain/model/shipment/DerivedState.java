package org.threepl.portal.domain.model.shipment;

import java.util.Collection;
import java.util.Optional;

/**
 * Everything a shipment's events determine, kept in the shipment's own columns: its status ({@link DerivedStatus}) and
 * the facts the service levels need ({@link ServiceFacts}). Computed from the whole set of events ({@link #of}), or
 * from the state before plus the new events where the rule allows it ({@link #with}).
 */
public record DerivedState(DerivedStatus status, ServiceFacts facts) {

    /** A shipment without events: booked, no exception, no times. */
    public static final DerivedState NONE = of(java.util.List.of());

    public static DerivedState of(Collection<? extends EventFact> events) {
        return new DerivedState(DerivedStatus.of(events), ServiceFacts.of(events));
    }

    /**
     * The state of this state's events plus {@code added}, from this state alone: what {@link #of} gives for all the
     * events together; empty when that cannot be known without all the events ({@link DerivedStatus#with}).
     */
    public Optional<DerivedState> with(Collection<? extends EventFact> added) {
        return status.with(added).map(s -> new DerivedState(s, facts.with(added)));
    }
}
