/**
 * Authentication plumbing: PBKDF2 password hashing, the Jakarta Security identity store over the user table, and the
 * database-backed throttle of failed sign-ins (shared by every server).
 */
package org.threepl.portal.infrastructure.security;
