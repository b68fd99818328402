package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.OrganisationRepository;

/**
 * X12 214 interchanges in: read by the {@link Edi214Reader}, each status detail mapped to the {@link EventInput} the
 * JSON API takes and recorded by {@link ShipmentIngestionService#recordEventsFor} (the same checks, the same
 * deduplication by event id), answered by a 997 whose AK5 tells each set's outcome. A set with a syntax error is
 * rejected whole and none of its events is recorded; a set whose events are refused in part is accepted with errors
 * (E), the refused details named by AK3/AK4; the events of a set, and of the whole interchange, are recorded in batches
 * of at most {@value ShipmentIngestionService#MAX_BATCH}, each its own transaction.
 */
@ApplicationScoped
public class Edi214Service {

    @Inject
    CallerContext callers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ShipmentIngestionService ingestion;

    @Inject
    Edi214Reader reader;

    @Inject
    Edi997Writer writer;

    @Inject
    Clock clock;

    /** The 997 as X12 text, and how many status details were received, accepted and refused. */
    public record Answer(String acknowledgement, int received, int accepted, int rejected) {}

    /**
     * {@code organisation}: the client organisation's code; a 3PL key names it, a client's key may, and then only its
     * own (403 otherwise, before anything is read).
     */
    public Answer receive(InputStream body, String organisation) {
        Caller caller = ShipmentIngestionService.writer(callers.current());
        checkOrganisation(caller, organisation);
        Edi214Reader.Interchange ic = reader.read(body);

        List<Pending> pending = new ArrayList<>();
        List<EventInput> inputs = new ArrayList<>();
        for (Edi214Reader.Group g : ic.groups()) {
            for (Edi214Reader.TransactionSet set : g.sets()) {
                Pending p = new Pending(g, set);
                pending.add(p);
                if (!"214".equals(set.type())) {
                    p.unsupported = true;
                } else if (set.errors().isEmpty()) {
                    Edi214Mapping.Mapped m = Edi214Mapping.map(ic, g, set, organisation);
                    p.syntax.addAll(m.errors());
                    p.details = m.details();
                    p.first = inputs.size();
                    m.details().forEach(d -> inputs.add(d.input()));
                } else {
                    p.syntax.addAll(set.errors());
                }
            }
        }
        List<BatchResult.ItemResult> results = record(caller, inputs);
        int accepted = (int)
                results.stream().filter(r -> !"rejected".equals(r.result())).count();
        Edi997Writer.Acknowledgement ack = Edi214Acknowledgements.of(ic, pending, results);
        return new Answer(writer.write(ack, clock.instant()), inputs.size(), accepted, inputs.size() - accepted);
    }

    /** One set on its way to its acknowledgement. */
    static final class Pending {
        final Edi214Reader.Group group;
        final Edi214Reader.TransactionSet set;
        final List<Edi214Reader.SyntaxError> syntax = new ArrayList<>();
        List<Edi214Mapping.Detail> details = List.of();
        int first;
        boolean unsupported;

        Pending(Edi214Reader.Group group, Edi214Reader.TransactionSet set) {
            this.group = group;
            this.set = set;
        }
    }

    private List<BatchResult.ItemResult> record(Caller caller, List<EventInput> inputs) {
        List<BatchResult.ItemResult> all = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += ShipmentIngestionService.MAX_BATCH) {
            List<EventInput> chunk =
                    inputs.subList(from, Math.min(inputs.size(), from + ShipmentIngestionService.MAX_BATCH));
            all.addAll(ingestion.recordEventsFor(caller, chunk).items());
        }
        return all;
    }

    private void checkOrganisation(Caller caller, String code) {
        IngestionChecks.Errors errors = new IngestionChecks.Errors();
        new IngestionChecks.OrganisationResolver(caller, organisations).resolve(code, errors);
        if (errors.any()) {
            if (caller.isProvider()) {
                throw errors.refusal();
            }
            throw new AccessDeniedException(errors.list().get(0).message());
        }
    }
}
