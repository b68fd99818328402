package org.threepl.portal.domain.model.relationship;

/** Where a relationship stands: exploration → formation → stability, or decline. */
public enum LifecycleStage {
    EXPLORATION,
    FORMATION,
    STABILITY,
    DECLINE
}
