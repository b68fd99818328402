package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.Instant;

/** An offer in a negotiation: an amount, from one side, pending until accepted, rejected or superseded. */
@Embeddable
public record Offer(@Column(name = "amount", nullable = false, precision = 19, scale = 4) BigDecimal amount,
                    @Enumerated(EnumType.STRING) @Column(name = "side", nullable = false, length = 16) Side side,
                    @Column(name = "made_by", nullable = false, length = 150) String madeBy,
                    @Column(name = "made_at", nullable = false) Instant madeAt,
                    @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 16) Status status) {

    public enum Status { PENDING, ACCEPTED, REJECTED, SUPERSEDED }

    Offer with(Status s) {
        return new Offer(amount, side, madeBy, madeAt, s);
    }
}
