/**
 * Traces (MicroProfile Telemetry, OpenTelemetry): spans for the scheduled jobs and for what the outboxes send, beside
 * the request spans the server makes itself. Off until the operator turns the SDK on (docs/deployment.md).
 */
package org.threepl.portal.infrastructure.telemetry;
