/**
 * Signing in: the password (counted by the throttle before it is checked), the second factor or its enrolment, and the
 * facts a session is held to afterwards (the session epoch, a password to change).
 */
package org.threepl.portal.application.signin;
