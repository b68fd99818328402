package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.relationship.AccountRecords;
import org.threepl.portal.application.relationship.RelationshipViews;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The facts being recorded on a client's relationship page ({@code #{b.factsForm}}, the form {@code facts}). */
public class FactsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal exitFee;
    private String exitFeeCurrency;
    private String dedicatedAssets;
    private BigDecimal dedicatedAssetsValue;
    private String dedicatedAssetsCurrency;
    private BigDecimal volumeDiscountPercent;
    private BigDecimal accruedRebates;
    private String accruedRebatesCurrency;
    private String internalNote;

    /** The form filled with the facts as recorded (amounts in EUR until a currency is recorded). */
    void show(RelationshipViews.FactsView f) {
        exitFee = f.exitFee();
        exitFeeCurrency = f.exitFeeCurrency() == null ? "EUR" : f.exitFeeCurrency();
        dedicatedAssets = f.dedicatedAssets();
        dedicatedAssetsValue = f.dedicatedAssetsValue();
        dedicatedAssetsCurrency = f.dedicatedAssetsCurrency() == null ? "EUR" : f.dedicatedAssetsCurrency();
        volumeDiscountPercent = f.volumeDiscountPercent();
        accruedRebates = f.accruedRebates();
        accruedRebatesCurrency = f.accruedRebatesCurrency() == null ? "EUR" : f.accruedRebatesCurrency();
        internalNote = f.internalNote();
    }

    /**
     * Records the facts on the version shown: the facts now recorded, shown in the form; someone else's change
     * meanwhile is shown, not overwritten; null when refused (the message is on the input concerned).
     */
    RelationshipViews.FactsView submit(AccountRecords records, Long org, int version) {
        try {
            RelationshipViews.FactsView saved = records.recordFacts(
                    org,
                    version,
                    new AccountRecords.NewFacts(
                            exitFee,
                            exitFeeCurrency,
                            dedicatedAssets,
                            dedicatedAssetsValue,
                            dedicatedAssetsCurrency,
                            volumeDiscountPercent,
                            accruedRebates,
                            accruedRebatesCurrency,
                            internalNote));
            show(saved);
            Faces.info(Faces.text("rel.facts.saved"));
            return saved;
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : componentId(e.field()), Faces.refusal(e));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.facts.changedMeanwhile"));
            RelationshipViews.FactsView current = records.facts(org);
            show(current);
            return current;
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        return null;
    }

    /** The input a refused field belongs to; a rule about the facts as a whole goes to the dedicated assets. */
    private static String componentId(String field) {
        return "facts:"
                + switch (field) {
                    case "exitFee",
                            "dedicatedAssetsValue",
                            "volumeDiscountPercent",
                            "accruedRebates",
                            "internalNote",
                            "dedicatedAssets" -> field;
                    default -> "dedicatedAssets";
                };
    }

    public BigDecimal getExitFee() {
        return exitFee;
    }

    public void setExitFee(BigDecimal exitFee) {
        this.exitFee = exitFee;
    }

    public String getExitFeeCurrency() {
        return exitFeeCurrency;
    }

    public void setExitFeeCurrency(String exitFeeCurrency) {
        this.exitFeeCurrency = exitFeeCurrency;
    }

    public String getDedicatedAssets() {
        return dedicatedAssets;
    }

    public void setDedicatedAssets(String dedicatedAssets) {
        this.dedicatedAssets = dedicatedAssets;
    }

    public BigDecimal getDedicatedAssetsValue() {
        return dedicatedAssetsValue;
    }

    public void setDedicatedAssetsValue(BigDecimal dedicatedAssetsValue) {
        this.dedicatedAssetsValue = dedicatedAssetsValue;
    }

    public String getDedicatedAssetsCurrency() {
        return dedicatedAssetsCurrency;
    }

    public void setDedicatedAssetsCurrency(String dedicatedAssetsCurrency) {
        this.dedicatedAssetsCurrency = dedicatedAssetsCurrency;
    }

    public BigDecimal getVolumeDiscountPercent() {
        return volumeDiscountPercent;
    }

    public void setVolumeDiscountPercent(BigDecimal volumeDiscountPercent) {
        this.volumeDiscountPercent = volumeDiscountPercent;
    }

    public BigDecimal getAccruedRebates() {
        return accruedRebates;
    }

    public void setAccruedRebates(BigDecimal accruedRebates) {
        this.accruedRebates = accruedRebates;
    }

    public String getAccruedRebatesCurrency() {
        return accruedRebatesCurrency;
    }

    public void setAccruedRebatesCurrency(String accruedRebatesCurrency) {
        this.accruedRebatesCurrency = accruedRebatesCurrency;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
