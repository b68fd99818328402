package org.threepl.portal.application;

import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;

/** A port of the application, implemented in infrastructure by {@code JpaUserAccountRepository}. */
public interface UserAccountRepository {
    /** By login name, for authentication: not scoped, since the caller is not known yet. */
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(Long id);

    /** A client user of an organisation in scope. */
    Optional<UserAccount> findClientUser(TenantScope scope, Long organisationId, Long userId);

    List<UserAccount> listOfOrganisation(TenantScope scope, Long organisationId, int offset, int limit);

    long countOfOrganisation(TenantScope scope, Long organisationId);

    List<UserAccount> listStaff(int offset, int limit);

    long countStaff();

    List<UserAccount> listByRole(Role role);

    /** The enabled client administrators of an organisation. */
    List<UserAccount> clientAdminsOf(Long organisationId);

    /**
     * A staff user whose username starts with {@code prefix} (the namespace a new organisation code would claim; codes
     * hold no _ or %).
     */
    Optional<String> firstWithUsernamePrefix(String prefix);

    boolean usernameTaken(String username);

    void add(UserAccount user);

    /** Writes pending changes now, so that the returned view carries the new version. */
    void flush();
}
