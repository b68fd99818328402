package org.threepl.portal.domain.model.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Who signed for a delivery, when, and how much arrived. The signed document is kept apart ({@link PodDocument}). */
@Embeddable
public class ProofOfDelivery {

    @Column(name = "pod_signed_by", length = 200)
    private String signedBy;

    @Column(name = "pod_signed_at")
    private Instant signedAt;

    @Column(name = "pod_delivered_quantity")
    private Integer deliveredQuantity;

    protected ProofOfDelivery() {
        // for JPA
    }

    public ProofOfDelivery(String signedBy, Instant signedAt, int deliveredQuantity) {
        if (signedBy == null || signedBy.isBlank() || signedBy.strip().length() > 200) {
            throw new DomainRuleViolation(
                    "signedBy",
                    "rule.pod.signedBy",
                    "The name of the person who signed (1 to 200 characters) is required");
        }
        if (deliveredQuantity < 0) {
            throw new DomainRuleViolation(
                    "deliveredQuantity",
                    "rule.pod.deliveredQuantity.negative",
                    "The delivered quantity cannot be negative");
        }
        this.signedBy = signedBy.strip();
        this.signedAt = Objects.requireNonNull(signedAt, "The time of signing is required");
        this.deliveredQuantity = deliveredQuantity;
    }

    public String signedBy() {
        return signedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public int deliveredQuantity() {
        return deliveredQuantity == null ? 0 : deliveredQuantity;
    }
}
