package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.threepl.portal.domain.model.account.SavedFilter;

/** The signed-in user's own saved list filters (saving under an existing name replaces it). */
@ApplicationScoped
@Transactional
public class SavedFilterService {

    public record SavedFilterView(Long id, String name, String definition) {}

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    public List<SavedFilterView> mine() {
        Long user = userId();
        return em
                .createQuery("select f from SavedFilter f where f.userId = :u order by f.name", SavedFilter.class)
                .setParameter("u", user)
                .getResultList()
                .stream()
                .map(f -> new SavedFilterView(f.id(), f.name(), f.definition()))
                .toList();
    }

    public SavedFilterView save(String name, String definition) {
        Long user = userId();
        SavedFilter f = new SavedFilter(user, name, definition, clock.instant());
        em.createQuery("delete from SavedFilter f where f.userId = :u and f.name = :n")
                .setParameter("u", user)
                .setParameter("n", f.name())
                .executeUpdate();
        em.persist(f);
        em.flush();
        return new SavedFilterView(f.id(), f.name(), f.definition());
    }

    public void delete(Long id) {
        int deleted = em.createQuery("delete from SavedFilter f where f.id = :id and f.userId = :u")
                .setParameter("id", id)
                .setParameter("u", userId())
                .executeUpdate();
        if (deleted == 0) {
            throw new NotFoundException("Saved filter " + id);
        }
    }

    private Long userId() {
        Caller caller = callers.current();
        if (!caller.isUser()) {
            throw new AccessDeniedException("Saved filters belong to people signed in to the portal");
        }
        return caller.userId();
    }
}
