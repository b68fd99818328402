/**
 * Technical adapters: the implementations of the application's ports (JPA repositories, password hashing, the sign-in
 * throttle, mail, files, the scheduled jobs), database migration and start-up data. Nothing in the application or the
 * interfaces calls them directly; CDI injects them through the ports.
 */
package org.threepl.portal.infrastructure;
