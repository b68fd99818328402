package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.dispute.DisputeService;
import org.threepl.portal.application.dispute.DisputeView;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Disputes: a client's list and its filing form; for the 3PL's staff, the queue of their clients' disputes by deadline. */
@Named
@ViewScoped
public class DisputesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DisputeService disputes;

    private transient List<DisputeView> list;
    private String kind = DisputeKind.LOSS_OR_DAMAGE.name();
    private BigDecimal amount;
    private String currency = "EUR";
    private String description;
    private String references;

    public List<DisputeView> getList() {
        if (list == null) {
            list = disputes.list(null, null, 0, 200);
        }
        return list;
    }

    public void file() {
        try {
            DisputeView d = disputes.file(new DisputeService.NewDispute(null, kind, amount, currency, description, null,
                    references == null ? List.of() : Arrays.asList(references.split("[,\\s]+")), null, null));
            Faces.redirect("/dispute.xhtml?id=" + d.id());
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "file:" + component(e.field()), e.getMessage());
        }
    }

    private static String component(String field) {
        return switch (field) {
            case "kind" -> "kind";
            case "shipmentIds" -> "references";
            case "description" -> "description";
            default -> "amount";
        };
    }

    public DisputeKind[] getKinds() { return DisputeKind.values(); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReferences() { return references; }
    public void setReferences(String references) { this.references = references; }
}
