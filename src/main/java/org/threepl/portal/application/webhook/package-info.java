/**
 * Webhooks: subscriptions managed by a client's admins and the 3PL ({@link WebhookSubscriptions}), events written to
 * the outbox in the caller's transaction ({@link WebhookPublisher}), sent and retried by the leased delivery job
 * through {@link WebhookDispatch}, and the delivery log with redelivery ({@link WebhookDeliveries}).
 */
package org.threepl.portal.application.webhook;
