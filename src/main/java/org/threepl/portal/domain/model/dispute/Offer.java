package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * An offer in a negotiation: an amount, from one side, pending until accepted, rejected or superseded. Who made it is
 * an actor nested in the offer (the columns {@code made_by_kind}, {@code made_by_id} and {@code made_by} of
 * {@code dispute_offer}).
 */
@Embeddable
public record Offer(
        @Column(name = "amount", nullable = false, precision = 19, scale = 4)
        BigDecimal amount,

        @Enumerated(EnumType.STRING) @Column(name = "side", nullable = false, length = 16)
        Side side,

        @Embedded
        @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "made_by_kind", length = 16)),
            @AttributeOverride(name = "id", column = @Column(name = "made_by_id")),
            @AttributeOverride(name = "name", column = @Column(name = "made_by", nullable = false, length = 150))
        })
        Actor madeBy,

        @Column(name = "made_at", nullable = false) Instant madeAt,

        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 16)
        Status status) {

    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED,
        SUPERSEDED
    }

    Offer with(Status s) {
        return new Offer(amount, side, madeBy, madeAt, s);
    }
}
