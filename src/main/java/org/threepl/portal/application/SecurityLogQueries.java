package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.domain.model.security.SecurityEvent;
import org.threepl.portal.domain.model.security.SecurityEventType;

/** Reading the security log: operations admins (signed in as people) page through it, filter it and export it. */
@ApplicationScoped
@Transactional
public class SecurityLogQueries {

    @Inject
    SecurityEventRepository events;

    @Inject
    AccessGuard guard;

    @Inject
    TableWriters writers;

    /**
     * What to show: a category, a name (of the actor or the subject, in part), an organisation, a range of UTC days.
     */
    /** Serialisable: a page's table model keeps the filter it pages through, in the view state. */
    public record Filter(
            SecurityEventType.Category category, String name, Long organisationId, LocalDate from, LocalDate to)
            implements java.io.Serializable {
        SecurityEventRepository.Filter toQuery() {
            Set<SecurityEventType> types = category == null
                    ? null
                    : EnumSet.copyOf(EnumSet.allOf(SecurityEventType.class).stream()
                            .filter(t -> t.category() == category)
                            .toList());
            return new SecurityEventRepository.Filter(
                    types,
                    null,
                    name,
                    organisationId,
                    from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                    to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    /** One entry as the page and the export show it. */
    public record Entry(
            Long id,
            Instant at,
            SecurityEventType type,
            String actorKind,
            Long actorId,
            String actorName,
            Long subjectUserId,
            Long subjectCredentialId,
            String subjectName,
            Long organisationId,
            String address,
            String detail) {
        static Entry of(SecurityEvent e) {
            return new Entry(
                    e.id(),
                    e.occurredAt(),
                    e.type(),
                    e.actor() == null ? null : e.actor().kind().name(),
                    e.actor() == null ? null : e.actor().id(),
                    e.actor() == null ? null : e.actor().name(),
                    e.subjectUserId(),
                    e.subjectCredentialId(),
                    e.subjectName(),
                    e.organisationId(),
                    e.address(),
                    e.detail());
        }
    }

    public List<Entry> page(Filter filter, int offset, int limit) {
        requireOps();
        return events.page(filter.toQuery(), PageLimit.offset(offset), PageLimit.clamp(limit, 500)).stream()
                .map(Entry::of)
                .toList();
    }

    public long count(Filter filter) {
        requireOps();
        return events.count(filter.toQuery());
    }

    /** The bundle keys of the export's headers: the page's columns. */
    static final String[] HEADERS = {
        "securityLog.when",
        "securityLog.what",
        "securityLog.actor",
        "securityLog.subject",
        "securityLog.address",
        "securityLog.detail"
    };

    /**
     * Every entry the filter selects, newest first, written as it is read, as the page shows it to its reader: the
     * page's columns, event types and actors in the reader's words, moments (also those inside a detail) in the
     * reader's zone.
     */
    public void export(Filter filter, TableWriter.Format format, Formats reader, OutputStream out) {
        requireOps();
        ForPeople people = new ForPeople(reader);
        try (TableWriter table =
                writers.openForPeople(format, out, people.text("securityLog.title"), people.madeOn(Instant.now()))) {
            table.header(people.headers(HEADERS));
            events.forEach(filter.toQuery(), e -> {
                try {
                    table.row(forPeople(Entry.of(e), people));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry as the security-log page shows it. */
    static Object[] forPeople(Entry x, ForPeople people) {
        return new Object[] {
            people.moment(x.at()),
            people.term("securityEvent.", x.type()),
            people.actor(x.actorKind(), x.actorName()),
            x.subjectName(),
            x.address(),
            people.recorded(x.detail())
        };
    }

    private void requireOps() {
        guard.requireOpsUser("Only operations administrators read the security log");
    }
}
