/**
 * JPA repositories. Every query over tenant data takes a {@link org.threepl.portal.application.TenantScope};
 * lists are paged in the database.
 */
package org.threepl.portal.infrastructure.persistence;
