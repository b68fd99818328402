package org.threepl.portal.domain.model.report;

/** Why a schedule is paused: by its owner, or by the job because sending it would no longer be right. */
public enum PauseReason {
    /** Its owner paused it. */
    BY_OWNER,
    /** The owner's account is gone or disabled, or their organisation suspended. */
    OWNER_INACTIVE,
    /** The owner may no longer see the report's organisation or this kind of report. */
    ACCESS_LOST,
    /** The report could not be made; the detail says why. */
    FAILED
}
