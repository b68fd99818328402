package org.threepl.portal.application;

import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.account.AccountAssignment;

/** A port of the application, implemented in infrastructure by {@code JpaAccountAssignmentRepository}. */
public interface AccountAssignmentRepository {
    List<Long> organisationIdsOf(Long managerId);

    List<AccountAssignment> ofOrganisation(Long organisationId);

    List<AccountAssignment> all();

    Optional<AccountAssignment> find(Long managerId, Long organisationId);

    void add(AccountAssignment assignment);

    void remove(AccountAssignment assignment);
}
