/**
 * The security log: what happened to sign-ins, sessions, credentials and people's rights, by whom (a typed
 * {@link org.threepl.portal.domain.model.shared.Actor}), written once and never changed.
 */
package org.threepl.portal.domain.model.security;
