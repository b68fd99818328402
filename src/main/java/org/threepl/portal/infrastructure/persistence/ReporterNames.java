package org.threepl.portal.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shipment.Reporter;

/** The names of events' reporters (users by username, API keys by name): two queries, whatever the number of events. */
final class ReporterNames {

    private ReporterNames() {}

    /** Keyed by "USER:12" or "CREDENTIAL:7"; reporters of unknown kind or id left out. */
    static Map<String, String> of(EntityManager em, Collection<Reporter> reporters) {
        Map<String, String> names = new HashMap<>();
        List<Long> users = reporters.stream()
                .filter(r -> r != null && r.kind() == Actor.Kind.USER && r.id() != null)
                .map(Reporter::id)
                .distinct()
                .toList();
        List<Long> keys = reporters.stream()
                .filter(r -> r != null && r.kind() == Actor.Kind.CREDENTIAL && r.id() != null)
                .map(Reporter::id)
                .distinct()
                .toList();
        if (!users.isEmpty()) {
            em.createQuery("select u.id as id, u.username as name from UserAccount u where u.id in :ids", Tuple.class)
                    .setParameter("ids", users)
                    .getResultList()
                    .forEach(t -> names.put("USER:" + t.get("id"), t.get("name", String.class)));
        }
        if (!keys.isEmpty()) {
            em.createQuery("select c.id as id, c.name as name from ApiCredential c where c.id in :ids", Tuple.class)
                    .setParameter("ids", keys)
                    .getResultList()
                    .forEach(t -> names.put("CREDENTIAL:" + t.get("id"), t.get("name", String.class)));
        }
        return names;
    }
}
