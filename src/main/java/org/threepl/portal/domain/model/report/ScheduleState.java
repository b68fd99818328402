package org.threepl.portal.domain.model.report;

/** Whether a schedule sends. */
public enum ScheduleState {
    ACTIVE,
    PAUSED
}
