package org.threepl.portal.application.view;

import java.time.Instant;
import org.threepl.portal.domain.model.account.AccountAssignment;

public record AssignmentView(
        Long id, Long managerId, String managerName, Long organisationId, String organisationName, Instant assignedAt) {

    public static AssignmentView of(AccountAssignment a) {
        return new AssignmentView(
                a.id(),
                a.manager().id(),
                a.manager().displayName(),
                a.organisation().id(),
                a.organisation().name(),
                a.assignedAt());
    }
}
