package org.threepl.portal.domain.model.relationship;

/** A sign that a client may be leaving, read from the trend of its data. */
public enum ChurnSignal {
    /** Fewer shipments (by planned pick-up) in the recent window than in the one before. */
    VOLUME_DOWN,
    /** Less API traffic (shipments and events received). */
    API_TRAFFIC_DOWN,
    /** Fewer portal sign-ins. */
    LOGINS_DOWN,
    /** More disputes filed. */
    DISPUTES_UP,
    /** More SLA breaches. */
    SLA_BREACHES_UP,
    /** No contract in force beyond the coming window. */
    CONTRACT_ENDING,
    /** The latest survey says dissatisfied (or unmet). */
    SATISFACTION_LOW
}
