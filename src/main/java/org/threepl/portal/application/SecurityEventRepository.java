package org.threepl.portal.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.threepl.portal.domain.model.security.SecurityEvent;
import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * The security log: entries are only added; reads filter and page in the database, newest first.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaSecurityEventRepository}.
 */
public interface SecurityEventRepository {
    /** What the log is filtered by; null fields do not filter. */
    record Filter(
            Collection<SecurityEventType> types,
            Long userId,
            String name,
            Long organisationId,
            Instant from,
            Instant to) {}

    void add(SecurityEvent e);

    List<SecurityEvent> page(Filter f, int offset, int limit);

    long count(Filter f);

    /** Every entry the filter selects, newest first, in chunks (for exports): nothing is held in memory at once. */
    void forEach(Filter f, Consumer<SecurityEvent> each);

    List<SecurityEvent> ofUser(Long userId, int limit);
}
