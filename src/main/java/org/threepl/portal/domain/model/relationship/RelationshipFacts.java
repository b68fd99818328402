package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * What the 3PL's staff know about a client that the portal's data does not show: the exit fee agreed in the contract,
 * space or equipment dedicated to the client and its value, a volume discount agreed outside the tiers, the rebates
 * accrued under a volume commitment still running, and an internal note. Internal to the 3PL; one record per client,
 * changed with the version read.
 */
@Entity
@Table(name = "relationship_fact")
public class RelationshipFacts {

    public static final int MAX_ASSETS = 500;
    public static final int MAX_NOTE = 2000;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "exit_fee", precision = 19, scale = 4)
    private BigDecimal exitFee;

    @Column(name = "exit_fee_currency", length = 3)
    private String exitFeeCurrency;

    @Column(name = "dedicated_assets", length = MAX_ASSETS)
    private String dedicatedAssets;

    @Column(name = "dedicated_assets_value", precision = 19, scale = 4)
    private BigDecimal dedicatedAssetsValue;

    @Column(name = "dedicated_assets_currency", length = 3)
    private String dedicatedAssetsCurrency;

    @Column(name = "volume_discount_percent", precision = 5, scale = 2)
    private BigDecimal volumeDiscountPercent;

    @Column(name = "accrued_rebates", precision = 19, scale = 4)
    private BigDecimal accruedRebates;

    @Column(name = "accrued_rebates_currency", length = 3)
    private String accruedRebatesCurrency;

    @Column(name = "internal_note", length = MAX_NOTE)
    private String internalNote;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "recorded_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "recorded_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "recorded_by", nullable = false, length = 150))
    })
    private Actor recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected RelationshipFacts() {
        // for JPA
    }

    public RelationshipFacts(Long organisationId) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    }

    /**
     * Records the facts as a whole (null or blank: not known). Money is in any currency with an ISO code; the
     * computation converts it to the reporting currency.
     */
    public void record(
            Money exitFee,
            String dedicatedAssets,
            Money dedicatedAssetsValue,
            BigDecimal volumeDiscountPercent,
            Money accruedRebates,
            String internalNote,
            Actor by,
            Instant at) {
        if (exitFee != null && exitFee.isNegative()) {
            throw new DomainRuleViolation("exitFee", "rule.facts.exitFee", "An exit fee is not negative");
        }
        if (dedicatedAssetsValue != null && dedicatedAssetsValue.isNegative()) {
            throw new DomainRuleViolation(
                    "dedicatedAssetsValue",
                    "rule.facts.dedicatedAssetsValue",
                    "The value of dedicated assets is not negative");
        }
        String assets = dedicatedAssets == null || dedicatedAssets.isBlank() ? null : dedicatedAssets.strip();
        if (assets != null && assets.length() > MAX_ASSETS) {
            throw new DomainRuleViolation(
                    "dedicatedAssets",
                    "rule.facts.dedicatedAssets.length",
                    "The description of dedicated assets has at most {0} characters",
                    MAX_ASSETS);
        }
        if (dedicatedAssetsValue != null && assets == null) {
            throw new DomainRuleViolation(
                    "dedicatedAssets",
                    "rule.facts.dedicatedAssets.required",
                    "Say what is dedicated to the client before giving its value");
        }
        if (volumeDiscountPercent != null
                && (volumeDiscountPercent.signum() < 0
                        || volumeDiscountPercent.compareTo(BigDecimal.valueOf(50)) > 0)) {
            throw new DomainRuleViolation(
                    "volumeDiscountPercent", "rule.facts.volumeDiscountPercent", "A volume discount is from 0 to 50 %");
        }
        if (accruedRebates != null && accruedRebates.isNegative()) {
            throw new DomainRuleViolation(
                    "accruedRebates", "rule.facts.accruedRebates", "Accrued rebates are not negative");
        }
        String note = internalNote == null || internalNote.isBlank() ? null : internalNote.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainRuleViolation(
                    "internalNote",
                    "rule.facts.internalNote.length",
                    "The internal note has at most {0} characters",
                    MAX_NOTE);
        }
        this.exitFee = exitFee == null ? null : exitFee.amount();
        this.exitFeeCurrency = exitFee == null ? null : exitFee.currency().getCurrencyCode();
        this.dedicatedAssets = assets;
        this.dedicatedAssetsValue = dedicatedAssetsValue == null ? null : dedicatedAssetsValue.amount();
        this.dedicatedAssetsCurrency = dedicatedAssetsValue == null
                ? null
                : dedicatedAssetsValue.currency().getCurrencyCode();
        this.volumeDiscountPercent = volumeDiscountPercent;
        this.accruedRebates = accruedRebates == null ? null : accruedRebates.amount();
        this.accruedRebatesCurrency =
                accruedRebates == null ? null : accruedRebates.currency().getCurrencyCode();
        this.internalNote = note;
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    public Long organisationId() {
        return organisationId;
    }

    public Money exitFee() {
        return exitFee == null ? null : new Money(exitFee, Money.currency(exitFeeCurrency));
    }

    public String dedicatedAssets() {
        return dedicatedAssets;
    }

    public Money dedicatedAssetsValue() {
        return dedicatedAssetsValue == null
                ? null
                : new Money(dedicatedAssetsValue, Money.currency(dedicatedAssetsCurrency));
    }

    public BigDecimal volumeDiscountPercent() {
        return volumeDiscountPercent;
    }

    /** Rebates earned under a volume commitment still running, forfeited if the client leaves before its end. */
    public Money accruedRebates() {
        return accruedRebates == null ? null : new Money(accruedRebates, Money.currency(accruedRebatesCurrency));
    }

    public String internalNote() {
        return internalNote;
    }

    public Actor recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public int version() {
        return version;
    }
}
