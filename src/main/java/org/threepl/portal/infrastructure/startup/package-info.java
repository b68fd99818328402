/**
 * What happens when the application starts, in order: Flyway migrates the database, the JPA mapping is validated
 * against it, then the first ops admin (from configuration) and, on the embedded default only, the demo data are
 * created.
 */
package org.threepl.portal.infrastructure.startup;
