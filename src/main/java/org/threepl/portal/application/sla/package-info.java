/**
 * Service levels for the portal and the API: contracts' SLA terms (recorded by the 3PL, seen by the client), each KPI
 * judged per period from the daily roll-ups, the late shipments behind a figure, and the recompute command; one service
 * per use case over the shared {@code SlaAccess} and {@code SlaJudgement}. Every read is scoped to the caller's
 * organisations.
 */
package org.threepl.portal.application.sla;
