package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.threepl.portal.domain.model.shared.Message;

/** A churn signal as a {@link RelationshipSnapshot} checked it: fired or not, the counts compared and its points. */
@Embeddable
public class SignalLine {
    @Enumerated(EnumType.STRING)
    @Column(name = "signal", nullable = false, length = 24)
    private ChurnSignal signal;

    @Column(name = "fired", nullable = false)
    private boolean fired;

    @Column(name = "recent")
    private Long recent;

    @Column(name = "previous")
    private Long previous;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "detail", nullable = false, length = 4000)
    private Message detail;

    protected SignalLine() {
        // for JPA
    }

    SignalLine(Lifecycle.Check c) {
        this.signal = c.signal();
        this.fired = c.fired();
        this.recent = c.recent();
        this.previous = c.previous();
        this.points = c.points();
        this.detail = c.detail();
    }

    public ChurnSignal signal() {
        return signal;
    }

    public boolean fired() {
        return fired;
    }

    public Long recent() {
        return recent;
    }

    public Long previous() {
        return previous;
    }

    public int points() {
        return points;
    }

    public Message detail() {
        return detail;
    }
}
