package org.threepl.portal.domain.model.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user is. Client roles belong to a client organisation; staff roles belong to the 3PL and have no organisation.
 * The names are also the Jakarta Security groups and web roles.
 */
public enum Role {
    CLIENT_ADMIN(true),
    CLIENT_USER(true),
    ACCOUNT_MANAGER(false),
    OPS_ADMIN(false);

    private final boolean client;

    Role(boolean client) {
        this.client = client;
    }

    public boolean isClientRole() {
        return client;
    }

    public boolean isStaffRole() {
        return !client;
    }

    /** The roles a user with this role may give to users it creates. */
    public Set<Role> assignableRoles() {
        return switch (this) {
            case CLIENT_ADMIN -> EnumSet.of(CLIENT_ADMIN, CLIENT_USER);
            case OPS_ADMIN -> EnumSet.allOf(Role.class);
            case CLIENT_USER, ACCOUNT_MANAGER -> EnumSet.noneOf(Role.class);
        };
    }

    public static Set<Role> clientRoles() {
        return EnumSet.of(CLIENT_ADMIN, CLIENT_USER);
    }

    public static Set<Role> staffRoles() {
        return EnumSet.of(ACCOUNT_MANAGER, OPS_ADMIN);
    }
}
