package org.threepl.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.billing.InvoiceQueries;
import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.application.dispute.DisputeFiling;
import org.threepl.portal.application.dispute.DisputeSteps;
import org.threepl.portal.application.dispute.DisputeView;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.dispute.DisputeState;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Disputes: a client's list and its guided filing form; for the 3PL's staff, the queue of their clients' disputes by
 * deadline. The list is paged in the database. The form shows the procedure a dispute filed now follows, claims in the
 * contract's currency, and can start from invoice lines ({@code ?lines=12,13}: a billing dispute about them, the other
 * open lines of the same invoices offered too) or from a shipment ({@code ?shipment=REF}).
 */
@Named
@ViewScoped
public class DisputesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisputeFiling filing;

    @Inject
    DisputeSteps steps;

    @Inject
    InvoiceQueries invoices;

    @Inject
    OrganisationService organisations;

    /** An invoice line offered on the form. */
    public record LineChoice(
            Long id,
            String invoiceNumber,
            int lineNo,
            String chargeType,
            String description,
            BigDecimal amount,
            String currency)
            implements Serializable {}

    private String lines;
    private String shipment;
    private Long org;
    private String state;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient List<OrganisationView> clients;
    private transient DisputeFiling.FilingContext context;
    /** Whether the reader files disputes (a client): the filing context is theirs to load. */
    private boolean client;

    private String noContract;
    private PagedDataModel<DisputeView> model;
    private List<LineChoice> lineChoices = new ArrayList<>();
    private List<Long> selectedLines = new ArrayList<>();
    private String kind = DisputeKind.LOSS_OR_DAMAGE.name();
    private BigDecimal amount;
    private String currency;
    private String description;
    private String references;

    public void load() {
        if (org != null) {
            try {
                steps.count(org, null);
            } catch (NotFoundException e) {
                Faces.sendError(404); // another organisation's id answers like one that does not exist
                return;
            }
        }
        client = CDI.current().select(SessionBean.class).get().isClient();
        if (client && getContext() != null) {
            currency = context.currency();
        }
        if (shipment != null && !shipment.isBlank() && references == null) {
            references = shipment.trim();
        }
        if (lines == null || lines.isBlank()) {
            return;
        }
        Set<Long> wanted = new LinkedHashSet<>();
        try {
            Arrays.stream(lines.split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .forEach(s -> wanted.add(Long.valueOf(s.trim())));
        } catch (NumberFormatException e) {
            Faces.sendError(404);
            return;
        }
        List<InvoiceViews.LineRef> found = invoices.lines(wanted);
        if (found.size() != wanted.size()) {
            Faces.sendError(404); // another organisation's line answers like one that does not exist
            return;
        }
        if (!client) {
            return;
        }
        kind = DisputeKind.BILLING.name();
        Map<Long, LineChoice> choices = new LinkedHashMap<>();
        for (Long invoiceId :
                found.stream().map(InvoiceViews.LineRef::invoiceId).distinct().toList()) {
            InvoiceViews.InvoiceDetail invoice = invoices.get(invoiceId);
            for (InvoiceViews.LineView l : invoice.lines()) {
                boolean contested = l.disputes().stream()
                        .anyMatch(c -> DisputeState.valueOf(c.state()).isOpen());
                if (!contested || wanted.contains(l.id())) {
                    choices.put(
                            l.id(),
                            new LineChoice(
                                    l.id(),
                                    invoice.invoiceNumber(),
                                    l.lineNo(),
                                    l.chargeType(),
                                    l.description(),
                                    l.amount(),
                                    invoice.currency()));
                }
            }
        }
        lineChoices = new ArrayList<>(choices.values());
        selectedLines = new ArrayList<>(wanted);
        amount = lineChoices.stream()
                .filter(c -> wanted.contains(c.id()))
                .map(LineChoice::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The list: open disputes first by deadline, paged in the database; of one client and one state if chosen. */
    public PagedDataModel<DisputeView> getModel() {
        if (model == null) {
            Long o = org;
            String st = state;
            model = PagedDataModel.of(
                    (offset, limit) ->
                            CDI.current().select(DisputeSteps.class).get().list(o, st, offset, limit),
                    () -> CDI.current().select(DisputeSteps.class).get().count(o, st),
                    d -> d.id().toString());
        }
        return model;
    }

    public void search() {
        model = null;
    }

    public void resetFilter() {
        org = null;
        state = null;
        model = null;
    }

    /** The states to filter on. */
    public List<String> getStates() {
        return Arrays.stream(DisputeState.values()).map(Enum::name).toList();
    }

    /** The staff's clients to filter on, by name (the first 500). */
    public List<OrganisationView> getClients() {
        if (clients == null) {
            clients = organisations.list(0, 500).items();
        }
        return clients;
    }

    /** The total of the ticked invoice lines, recomputed when the ticks change (the claim's default). */
    public void linesChanged() {
        amount = lineChoices.stream()
                .filter(c -> selectedLines.contains(c.id()))
                .map(LineChoice::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void file() {
        try {
            DisputeView d = filing.file(new DisputeFiling.NewDispute(
                    null,
                    kind,
                    amount,
                    currency,
                    description,
                    null,
                    references == null ? List.of() : Arrays.asList(references.split("[,\\s]+")),
                    List.copyOf(selectedLines),
                    null));
            Faces.redirect("/dispute.xhtml?id=" + d.id());
        } catch (DomainRuleViolation e) {
            for (DomainRuleViolation.Problem p : e.problems()) {
                Faces.error(p.field() == null ? null : "file:" + component(p.field()), Faces.refusal(p));
            }
        }
    }

    private static String component(String field) {
        return switch (field) {
            case "kind" -> "kind";
            case "shipmentIds" -> "references";
            case "invoiceLineIds" -> "lines";
            case "description" -> "description";
            default -> "amount";
        };
    }

    public DisputeKind[] getKinds() {
        return DisputeKind.values();
    }

    public DisputeFiling.FilingContext getContext() {
        if (context == null && client && noContract == null) {
            try {
                context = filing.filingContext();
            } catch (DomainRuleViolation | AccessDeniedException e) {
                noContract = Faces.refusal(e);
            }
        }
        return context;
    }

    public String getNoContract() {
        return noContract;
    }

    public List<LineChoice> getLineChoices() {
        return lineChoices;
    }

    public List<Long> getSelectedLines() {
        return selectedLines;
    }

    public void setSelectedLines(List<Long> selectedLines) {
        this.selectedLines = selectedLines == null ? new ArrayList<>() : selectedLines;
    }

    public String getLines() {
        return lines;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getState() {
        return state;
    }
    /** A state from the form or a link (an unknown one, from a hand-edited link, shows every state). */
    public void setState(String state) {
        this.state = state == null
                        || Arrays.stream(DisputeState.values())
                                .noneMatch(s -> s.name().equals(state))
                ? null
                : state;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }

    public String getShipment() {
        return shipment;
    }

    public void setShipment(String shipment) {
        this.shipment = shipment;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }
}
