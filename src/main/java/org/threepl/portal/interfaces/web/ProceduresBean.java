package org.threepl.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threepl.portal.application.ContractService;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.dispute.DisputeProcedures;
import org.threepl.portal.application.view.ContractView;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.dispute.LadderLevel;
import org.threepl.portal.domain.model.dispute.ProcedureDraft;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A client's dispute procedures ({@code ?org=}, optionally {@code &contract=}): every version of each contract's
 * procedure with where it stands and who signed it. Client administrators, account managers and operations admins
 * propose a version in a form that starts from the latest one (every refused field is shown next to it); the other side
 * accepts, rejects with a reason, or counters with a proposal of its own.
 */
@Named
@ViewScoped
public class ProceduresBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisputeProcedures disputes;

    @Inject
    ContractService contracts;

    private String rejectReason;

    /** One editable rung of the ladder. */
    public static final class Rung implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer timeLimitDays;
        private String providerRole = Role.ACCOUNT_MANAGER.name();

        Rung(String name, Integer timeLimitDays, String providerRole) {
            this.name = name;
            this.timeLimitDays = timeLimitDays;
            this.providerRole = providerRole;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getTimeLimitDays() {
            return timeLimitDays;
        }

        public void setTimeLimitDays(Integer timeLimitDays) {
            this.timeLimitDays = timeLimitDays;
        }

        public String getProviderRole() {
            return providerRole;
        }

        public void setProviderRole(String providerRole) {
            this.providerRole = providerRole;
        }
    }

    /** The evidence one kind of claim requires (blank: none). */
    public static final class Evidence implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private String text;

        Evidence(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private Long org;
    private Long contract;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient List<ContractView> contractChoices;
    private transient List<DisputeProcedures.ProcedureView> versions;

    private List<String> kinds = new ArrayList<>();
    private Integer filingWindowDays;
    private Integer acknowledgeDays;
    private Integer resolveDays;
    private boolean businessDays;
    private Integer reopenWindowDays;
    private List<Rung> ladder = new ArrayList<>();
    private List<Evidence> evidence = new ArrayList<>();
    private LocalDate effectiveFrom;

    public void load() {
        if (org == null) {
            Faces.sendError(404);
            return;
        }
        try {
            contractChoices = contracts.ofOrganisation(org);
        } catch (NotFoundException e) {
            Faces.sendError(404);
            return;
        }
        if (contract == null || contractChoices.stream().noneMatch(c -> c.id().equals(contract))) {
            contract = contractChoices.stream()
                    .filter(ContractView::inForce)
                    .findFirst()
                    .or(() -> contractChoices.stream().findFirst())
                    .map(ContractView::id)
                    .orElse(null);
        }
        showContract();
    }

    /** Shows the chosen contract's versions and starts the form from the latest one. */
    public void showContract() {
        versions = contract == null ? List.of() : disputes.procedures(contract);
        if (!versions.isEmpty()) {
            startFrom(versions.get(versions.size() - 1));
        }
    }

    private void startFrom(DisputeProcedures.ProcedureView p) {
        kinds = new ArrayList<>(p.kinds());
        filingWindowDays = p.filingWindowDays();
        acknowledgeDays = p.acknowledgeDays();
        resolveDays = p.resolveDays();
        businessDays = p.businessDays();
        reopenWindowDays = p.reopenWindowDays();
        ladder = new ArrayList<>();
        for (LadderLevel l : p.ladder()) {
            ladder.add(new Rung(l.name(), l.timeLimitDays(), l.providerRole().name()));
        }
        evidence = new ArrayList<>();
        for (DisputeKind k : DisputeKind.values()) {
            evidence.add(new Evidence(k.name(), p.requiredEvidence().get(k.name())));
        }
        effectiveFrom = null;
    }

    public void addRung() {
        ladder.add(new Rung(null, null, Role.ACCOUNT_MANAGER.name()));
    }

    public void removeRung(int index) {
        if (index >= 0 && index < ladder.size()) {
            ladder.remove(index);
        }
    }

    /**
     * Proposes the form as a new version for the user's side; while the other side's proposal is open, it counters it.
     */
    public void propose() {
        Map<String, String> required = new LinkedHashMap<>();
        evidence.forEach(e -> required.put(e.getKind(), e.getText()));
        List<ProcedureDraft.Rung> rungs = ladder.stream()
                .map(r -> new ProcedureDraft.Rung(r.getName(), r.getTimeLimitDays(), r.getProviderRole()))
                .toList();
        try {
            DisputeProcedures.ProcedureView open = getOpenProposal();
            DisputeProcedures.ProcedureView p = disputes.propose(
                    contract,
                    new ProcedureDraft(
                            kinds,
                            filingWindowDays,
                            acknowledgeDays,
                            resolveDays,
                            businessDays,
                            reopenWindowDays,
                            rungs,
                            required,
                            effectiveFrom),
                    open == null ? null : open.id());
            Faces.info(Faces.text("procedures.proposed", Faces.fmt().date(p.effectiveFrom())));
            versions = disputes.procedures(contract);
        } catch (DomainRuleViolation e) {
            for (DomainRuleViolation.Problem p : e.problems()) {
                Faces.error(component(p.field()), Faces.refusal(p));
            }
        }
    }

    /** The input a refused field belongs to ({@code ladder[1].timeLimitDays} → the second row's days). */
    static String component(String field) {
        if (field == null || field.equals("ladder")) {
            return null;
        }
        java.util.regex.Matcher rung =
                java.util.regex.Pattern.compile("ladder\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (rung.matches()) {
            String input = switch (rung.group(2)) {
                case "timeLimitDays" -> "days";
                case "providerRole" -> "role";
                default -> "name";
            };
            return "procedure:ladder:" + rung.group(1) + ":" + input;
        }
        if (field.startsWith("requiredEvidence.")) {
            String kind = field.substring("requiredEvidence.".length());
            int index =
                    Arrays.stream(DisputeKind.values()).map(Enum::name).toList().indexOf(kind);
            return index < 0 ? null : "procedure:evidence:" + index + ":text";
        }
        return switch (field) {
            case "kinds", "filingWindowDays", "acknowledgeDays", "resolveDays", "reopenWindowDays", "effectiveFrom" ->
                "procedure:" + field;
            default -> null;
        };
    }

    /** Client administrators, account managers and operations admins propose, unless their own proposal is open. */
    public boolean isMayPropose() {
        SessionBean session = CDI.current().select(SessionBean.class).get();
        DisputeProcedures.ProcedureView open = getOpenProposal();
        return contract != null
                && (session.isClientAdmin() || session.isAccountManager() || session.isOpsAdmin())
                && (open == null || isTheirs(open));
    }

    /** The contract's open proposal, if any. */
    public DisputeProcedures.ProcedureView getOpenProposal() {
        return versions.stream()
                .filter(v -> "PROPOSED".equals(v.agreement()))
                .findFirst()
                .orElse(null);
    }

    /** Whether the other side proposed {@code v}, so that the user may answer it. */
    public boolean isTheirs(DisputeProcedures.ProcedureView v) {
        boolean client = CDI.current().select(SessionBean.class).get().isClient();
        return v != null && !(client ? "CLIENT" : "PROVIDER").equals(v.proposedBy());
    }

    public void accept(DisputeProcedures.ProcedureView v) {
        answer(() -> disputes.accept(v.id(), v.version()), "procedures.agreed");
    }

    public void reject(DisputeProcedures.ProcedureView v) {
        answer(() -> disputes.reject(v.id(), v.version(), rejectReason), "procedures.rejectedInfo");
    }

    public void withdraw(DisputeProcedures.ProcedureView v) {
        answer(() -> disputes.withdraw(v.id(), v.version()), "procedures.withdrawnInfo");
    }

    private void answer(Runnable step, String done) {
        try {
            step.run();
            Faces.info(Faces.text(done));
            rejectReason = null;
        } catch (DomainRuleViolation e) {
            // the reason next to its field; a refusal of the step itself (the side, the state) above the page
            e.problems()
                    .forEach(p -> Faces.error("reason".equals(p.field()) ? "answer:reason" : null, Faces.refusal(p)));
        } catch (org.threepl.portal.application.ConcurrentChangeException e) {
            Faces.error(null, Faces.text("procedures.stale"));
        }
        showContract();
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public DisputeKind[] getAllKinds() {
        return DisputeKind.values();
    }

    public List<ContractView> getContractChoices() {
        if (contractChoices == null && org != null) {
            contractChoices = contracts.ofOrganisation(org);
        }
        return contractChoices;
    }

    /** The chosen contract's versions (a restored session shows them again, without restarting the form). */
    public List<DisputeProcedures.ProcedureView> getVersions() {
        if (versions == null) {
            versions = contract == null ? List.of() : disputes.procedures(contract);
        }
        return versions;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public Long getContract() {
        return contract;
    }

    public void setContract(Long contract) {
        this.contract = contract;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : kinds;
    }

    public Integer getFilingWindowDays() {
        return filingWindowDays;
    }

    public void setFilingWindowDays(Integer filingWindowDays) {
        this.filingWindowDays = filingWindowDays;
    }

    public Integer getAcknowledgeDays() {
        return acknowledgeDays;
    }

    public void setAcknowledgeDays(Integer acknowledgeDays) {
        this.acknowledgeDays = acknowledgeDays;
    }

    public Integer getResolveDays() {
        return resolveDays;
    }

    public void setResolveDays(Integer resolveDays) {
        this.resolveDays = resolveDays;
    }

    public boolean isBusinessDays() {
        return businessDays;
    }

    public void setBusinessDays(boolean businessDays) {
        this.businessDays = businessDays;
    }

    public Integer getReopenWindowDays() {
        return reopenWindowDays;
    }

    public void setReopenWindowDays(Integer reopenWindowDays) {
        this.reopenWindowDays = reopenWindowDays;
    }

    public List<Rung> getLadder() {
        return ladder;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
