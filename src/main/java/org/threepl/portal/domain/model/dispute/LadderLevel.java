package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One rung of the escalation ladder: who deals with the dispute at this level and how many days
 * they have before it goes up to the next one (0: the last rung, no further escalation by time).
 */
@Embeddable
public record LadderLevel(@Column(name = "level_name", nullable = false, length = 60) String name,
                          @Column(name = "time_limit_days", nullable = false) int timeLimitDays) {

    public LadderLevel {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new IllegalArgumentException("A ladder level has a name of 1 to 60 characters");
        }
        if (timeLimitDays < 0 || timeLimitDays > 365) {
            throw new IllegalArgumentException("A ladder level's time limit is 0 to 365 days");
        }
        name = name.strip();
    }
}
