package org.threepl.portal.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins of one subject (an account or an address) within the current window. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntry {

    @Id
    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottleEntry() {
        // for JPA
    }

    LoginThrottleEntry(String subject, Instant now) {
        this.subject = subject;
        this.windowStartedAt = now;
    }

    boolean isBlockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    Instant blockedUntil() {
        return blockedUntil;
    }

    int failures() {
        return failures;
    }

    /** A successful attempt is not held against the address it came from. */
    void takeBackOne() {
        if (failures > 0) {
            failures--;
        }
    }

    /** Counts an attempt; after {@code maxFailures} within {@code window}, blocks for {@code window}. */
    void recordFailure(Instant now, int maxFailures, Duration window) {
        if (now.isAfter(windowStartedAt.plus(window))) {
            windowStartedAt = now;
            failures = 0;
            blockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures) {
            blockedUntil = now.plus(window);
        }
    }
}
