package org.threepl.portal.domain.model.relationship;

/**
 * Where a relationship stands: exploration → formation → stability, or decline; lost (recorded by the 3PL, with its
 * reason) and recovered once won back.
 */
public enum LifecycleStage {
    EXPLORATION,
    FORMATION,
    STABILITY,
    DECLINE,
    LOST,
    RECOVERED
}
