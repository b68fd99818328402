/**
 * Application services: one public method per use case, each a transaction that works out who the caller is
 * ({@link org.threepl.portal.application.CallerContext}), checks what the caller may do, scopes every query to the
 * organisations the caller may see ({@link org.threepl.portal.application.TenantScope}) and orchestrates the domain.
 * Web beans and REST resources call these and nothing below them. What the services need from technology they declare
 * here or beside their use case as ports (interfaces such as
 * {@link org.threepl.portal.application.OrganisationRepository}), which infrastructure implements; the application
 * never names an infrastructure class ({@code ArchitectureTest}).
 */
package org.threepl.portal.application;
