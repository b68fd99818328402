package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;

/** One task of a win-back plan: what to do and by when, and who did it. */
@Embeddable
public class WinBackStep {

    public static final int MAX_TITLE = 300;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "done_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "done_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "done_by", length = 150))
    })
    private Actor doneBy;

    protected WinBackStep() {
        // for JPA
    }

    WinBackStep(String title, LocalDate dueOn) {
        this.title = Objects.requireNonNull(title, "title");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    }

    void done(Actor by, Instant at) {
        doneBy = Objects.requireNonNull(by, "by");
        doneAt = Objects.requireNonNull(at, "at");
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public Actor doneBy() {
        return doneBy;
    }
}
