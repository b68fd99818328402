package org.threepl.portal.infrastructure.startup;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * The demo users as the actors of what the demo data says they did: each looked up by username once (the users are
 * created before anything they did), so that records name them by id like real use does.
 */
final class DemoActors {

    private final EntityManager em;
    private final Map<String, Actor> users = new HashMap<>();

    DemoActors(EntityManager em) {
        this.em = em;
    }

    Actor user(String username) {
        Actor known = users.get(username);
        if (known == null) {
            Long id = em.createQuery("select u.id from UserAccount u where u.username = :n", Long.class)
                    .setParameter("n", username)
                    .getSingleResult();
            known = Actor.user(id, username);
            users.put(username, known);
        }
        return known;
    }
}
