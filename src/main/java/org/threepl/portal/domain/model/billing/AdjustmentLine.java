package org.threepl.portal.domain.model.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/** One line of a billing adjustment: what it is for, in the reader's language, and its amount (positive). */
@Embeddable
public class AdjustmentLine {

    @Column(name = "description", nullable = false, length = 4000)
    private Message description;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected AdjustmentLine() {
        // for JPA
    }

    AdjustmentLine(Message description, BigDecimal amount) {
        this.description = Objects.requireNonNull(description, "description");
        this.amount = Objects.requireNonNull(amount, "amount");
    }

    public Message description() {
        return description;
    }

    public BigDecimal amount() {
        return amount;
    }
}
