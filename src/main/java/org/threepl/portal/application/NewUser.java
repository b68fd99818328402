package org.threepl.portal.application;

import org.threepl.portal.domain.model.account.Role;

/** A new user's details, for a client organisation or the 3PL's staff; the password is generated and shown once. */
public record NewUser(String username, String displayName, String email, Role role) {}
