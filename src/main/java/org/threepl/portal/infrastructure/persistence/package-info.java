/**
 * The persistence ports of the application, implemented with JPA (and PostgreSQL's fast paths). Every query over tenant
 * data takes a {@link org.threepl.portal.application.TenantScope}; lists are paged in the database.
 */
package org.threepl.portal.infrastructure.persistence;
