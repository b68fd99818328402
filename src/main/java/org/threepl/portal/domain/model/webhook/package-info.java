/**
 * Webhooks: a client's subscriptions to the portal's events, the events written to the outbox with the change that
 * caused them, and their deliveries, signed and retried.
 */
package org.threepl.portal.domain.model.webhook;
