package org.threepl.portal.domain.model.webhook;

/**
 * ACTIVE subscriptions receive events; a PAUSED one (by its admins, or by the portal after it kept failing) receives
 * none until resumed, and events meanwhile are not kept for it.
 */
public enum SubscriptionState {
    ACTIVE,
    PAUSED
}
