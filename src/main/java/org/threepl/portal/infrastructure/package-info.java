/**
 * Technical adapters below the application layer: JPA repositories, password hashing and the
 * identity store, database migration and start-up data.
 */
package org.threepl.portal.infrastructure;
