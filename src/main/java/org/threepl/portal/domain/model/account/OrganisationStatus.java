package org.threepl.portal.domain.model.account;

/** Whether a client organisation's users and credentials may use the portal. */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED
}
