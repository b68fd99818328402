package org.threepl.portal.application.view;

/** A new or reset user with the temporary password to hand over; it must be changed at first sign-in. */
public record CreatedUser(UserView user, String temporaryPassword) {}
