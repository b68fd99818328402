package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A client's shipment events as an X12 214 interchange for its subscribers: one set per shipment, streamed from the
 * database into the file. The interchange is from the 3PL ({@value #SENDER}) to the organisation (its code); its
 * control number is the time in seconds, modulo 10^9, so two exports a second apart differ.
 */
@ApplicationScoped
public class Edi214ExportService {

    static final String SENDER = "THREEPLPORTAL";

    /** A year of events at most: the file is streamed, but a client's whole history in one file helps nobody. */
    static final Duration MAX_RANGE = Duration.ofDays(366);

    @Inject
    CallerContext callers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ShipmentEventFeed feed;

    @Inject
    Edi214Writer writer;

    @Inject
    Clock clock;

    /** The range asked for, checked before the answer starts: days (from the day's start) or instants, UTC. */
    public record Range(Long organisationId, Instant from, Instant to) {}

    /**
     * {@code organisation}: the organisation's id; a client's key may leave it out (its own), a 3PL key names it.
     * Another organisation's id is not found, like any other id.
     */
    public Range range(Long organisation, Instant f, Instant t) {
        Caller caller = callers.current();
        Long id = organisation != null ? organisation : caller.isProvider() ? null : caller.organisationId();
        if (id == null) {
            throw new DomainRuleViolation(
                    "organisation",
                    "rule.edi214.export.organisation",
                    "A 3PL key names the client organisation (its id)");
        }
        if (!caller.tenantScope().includes(id)) {
            throw new NotFoundException("Organisation " + id);
        }
        if (!t.isAfter(f)) {
            throw new DomainRuleViolation("to", "rule.edi214.export.rangeOrder", "The range ends after it starts");
        }
        if (Duration.between(f, t).compareTo(MAX_RANGE) > 0) {
            throw new DomainRuleViolation(
                    "to", "rule.edi214.export.rangeLength", "A 214 export covers at most 366 days");
        }
        return new Range(id, f, t);
    }

    /** Writes the interchange to {@code out} (left open); returns the number of transaction sets (shipments). */
    @Transactional
    public int write(Range range, OutputStream out) {
        Organisation org = organisations
                .find(callers.current().tenantScope(), range.organisationId())
                .orElseThrow(() -> new NotFoundException("Organisation " + range.organisationId()));
        Instant now = clock.instant();
        Edi214Writer.Envelope envelope =
                new Edi214Writer.Envelope(SENDER, org.code().value(), now.getEpochSecond() % 1_000_000_000L, now);
        try (Stream<Edi214Writer.Status> events = feed.events(range.organisationId(), range.from(), range.to())) {
            return writer.write(out, envelope, events.iterator());
        }
    }
}
