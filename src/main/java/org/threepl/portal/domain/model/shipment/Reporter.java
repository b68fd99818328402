package org.threepl.portal.domain.model.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * Who reported a tracking event: the identity (a user or an API credential, by kind and id; its name is read from it
 * when shown) and the side of the contract it acts for. Stored with every event, so that a service level figure can
 * show the reports it rests on, and a contract can count the 3PL's reports alone.
 */
@Embeddable
public class Reporter {

    /** The side of the contract a report comes from. */
    public enum Side {
        CLIENT,
        PROVIDER
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_by_kind", length = 16, updatable = false)
    private Actor.Kind kind;

    @Column(name = "reported_by_id", updatable = false)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_side", length = 8, updatable = false)
    private Side side;

    protected Reporter() {
        // for JPA
    }

    private Reporter(Actor.Kind kind, Long id, Side side) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = id;
        this.side = Objects.requireNonNull(side, "side");
    }

    /** {@code actor}, reporting for the 3PL ({@code provider}) or for the client. */
    public static Reporter of(Actor actor, boolean provider) {
        return new Reporter(actor.kind(), actor.id(), provider ? Side.PROVIDER : Side.CLIENT);
    }

    public Actor.Kind kind() {
        return kind;
    }

    public Long id() {
        return id;
    }

    public Side side() {
        return side;
    }
}
