package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.UserAccountRepository;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** By login name, for authentication: not scoped, since the caller is not known yet. */
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select u from UserAccount u left join fetch u.organisation where u.username = :name",
                        UserAccount.class)
                .setParameter("name", username.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> findById(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(UserAccount.class, id));
    }

    /** A client user of an organisation in scope. */
    public Optional<UserAccount> findClientUser(TenantScope scope, Long organisationId, Long userId) {
        if (!scope.includes(organisationId) || userId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(UserAccount.class, userId)).filter(u -> u.belongsTo(organisationId));
    }

    public List<UserAccount> listOfOrganisation(TenantScope scope, Long organisationId, int offset, int limit) {
        if (!scope.includes(organisationId)) {
            return List.of();
        }
        return em.createQuery(
                        "select u from UserAccount u where u.organisation.id = :org order by u.username",
                        UserAccount.class)
                .setParameter("org", organisationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countOfOrganisation(TenantScope scope, Long organisationId) {
        if (!scope.includes(organisationId)) {
            return 0;
        }
        return em.createQuery("select count(u) from UserAccount u where u.organisation.id = :org", Long.class)
                .setParameter("org", organisationId)
                .getSingleResult();
    }

    public List<UserAccount> listStaff(int offset, int limit) {
        return em.createQuery(
                        "select u from UserAccount u where u.organisation is null order by u.username",
                        UserAccount.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countStaff() {
        return em.createQuery("select count(u) from UserAccount u where u.organisation is null", Long.class)
                .getSingleResult();
    }

    public List<UserAccount> listByRole(Role role) {
        return em.createQuery(
                        "select u from UserAccount u where u.role = :role order by u.displayName", UserAccount.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** The enabled client administrators of an organisation. */
    public List<UserAccount> clientAdminsOf(Long organisationId) {
        return em.createQuery(
                        "select u from UserAccount u where u.organisation.id = :org and u.role = :role and "
                                + "u.enabled = true",
                        UserAccount.class)
                .setParameter("org", organisationId)
                .setParameter("role", Role.CLIENT_ADMIN)
                .getResultList();
    }

    /**
     * A staff user whose username starts with {@code prefix} (the namespace a new organisation code would claim; codes
     * hold no _ or %).
     */
    public Optional<String> firstWithUsernamePrefix(String prefix) {
        return em.createQuery(
                        "select u.username from UserAccount u where u.username like :p and u.organisation "
                                + "is null order by u.username",
                        String.class)
                .setParameter("p", prefix.replace("%", "") + "%")
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean usernameTaken(String username) {
        return findByUsername(username).isPresent();
    }

    public boolean anyOpsAdmin() {
        return !em.createQuery("select u.id from UserAccount u where u.role = :role and u.enabled = true", Long.class)
                .setParameter("role", Role.OPS_ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(UserAccount user) {
        em.persist(user);
    }

    /** Writes pending changes now, so that the returned view carries the new version. */
    public void flush() {
        em.flush();
    }
}
