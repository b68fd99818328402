package org.threepl.portal.domain.model.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;

/**
 * A dispute procedure as entered (in the portal's form or the API), unchecked. {@link #toProcedure} makes it a new
 * procedure (version) for a contract, or refuses it naming every bad field at once, as the person entered it
 * ({@code kinds}, {@code ladder[1].timeLimitDays}, {@code requiredEvidence.BILLING} …), which the procedure's own
 * constructor, checking one rule at a time, cannot.
 */
public record ProcedureDraft(
        List<String> kinds,
        Integer filingWindowDays,
        Integer acknowledgeDays,
        Integer resolveDays,
        boolean businessDays,
        Integer reopenWindowDays,
        List<Rung> ladder,
        Map<String, String> requiredEvidence,
        LocalDate effectiveFrom) {

    /** One rung of a ladder as entered, unchecked. */
    public record Rung(String name, Integer timeLimitDays, String providerRole) {}

    /**
     * The procedure this draft describes, recorded by {@code by} at {@code at}; or a refusal naming every bad field.
     */
    public DisputeProcedure toProcedure(Long contractId, Long organisationId, Actor by, Instant at) {
        List<DomainRuleViolation.Problem> problems = new ArrayList<>();
        EnumSet<DisputeKind> covered = EnumSet.noneOf(DisputeKind.class);
        for (String k : kinds == null ? List.<String>of() : kinds) {
            kind(k, "kinds", problems).ifPresent(covered::add);
        }
        if (covered.isEmpty() && problems.isEmpty()) {
            problems.add(DomainRuleViolation.Problem.of(
                    "kinds", "rule.procedure.kinds.required", "A procedure covers at least one kind of dispute"));
        }
        Integer filing = figure(
                filingWindowDays,
                "filingWindowDays",
                "rule.procedure.filingWindowDays.range",
                "The filing window is {0} to {1} days",
                1,
                DisputeProcedure.MAX_FILING_WINDOW,
                problems);
        Integer ack = figure(
                acknowledgeDays,
                "acknowledgeDays",
                "rule.procedure.acknowledgeDays.range",
                "The time to acknowledge is {0} to {1} days",
                1,
                DisputeProcedure.MAX_ACKNOWLEDGE,
                problems);
        Integer resolve = figure(
                resolveDays,
                "resolveDays",
                "rule.procedure.resolveDays.range",
                "The time to resolve is {0} to {1} days",
                1,
                DisputeProcedure.MAX_RESOLVE,
                problems);
        Integer reopen = figure(
                reopenWindowDays,
                "reopenWindowDays",
                "rule.procedure.reopenWindowDays.range",
                "The window to reopen is {0} to {1} days",
                0,
                DisputeProcedure.MAX_REOPEN_WINDOW,
                problems);
        if (ack != null && resolve != null && resolve < ack) {
            problems.add(DomainRuleViolation.Problem.of(
                    "resolveDays",
                    "rule.procedure.resolveDays.shorterThanAcknowledge",
                    "The time to resolve ({0} days) is not shorter than the time to acknowledge ({1})",
                    resolve,
                    ack));
        }
        List<LadderLevel> levels = levels(problems);
        Map<DisputeKind, String> evidence = evidence(covered, problems);
        if (effectiveFrom == null) {
            problems.add(DomainRuleViolation.Problem.of(
                    "effectiveFrom",
                    "rule.procedure.effectiveFrom.required",
                    "The day from which the procedure applies is required"));
        }
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(problems);
        }
        return new DisputeProcedure(
                contractId,
                organisationId,
                covered,
                filing,
                ack,
                resolve,
                businessDays,
                reopen,
                levels,
                evidence,
                effectiveFrom,
                by,
                at);
    }

    /**
     * This draft as a proposal of {@code side}, signed by {@code signatory}; {@code counterOf}: the other side's open
     * proposal it answers, if any. Refused like {@link #toProcedure}.
     */
    public DisputeProcedure toProposal(
            Long contractId, Long organisationId, Side side, Actor signatory, Long counterOf, Instant at) {
        DisputeProcedure p = toProcedure(contractId, organisationId, signatory, at);
        p.proposedBy(side, signatory, counterOf, at);
        return p;
    }

    /** The ladder's levels, each rung checked on its own ({@code ladder[i].…}); a bad rung is left out. */
    private List<LadderLevel> levels(List<DomainRuleViolation.Problem> problems) {
        List<LadderLevel> levels = new ArrayList<>();
        List<Rung> rungs = ladder == null ? List.of() : ladder;
        if (rungs.isEmpty()) {
            problems.add(DomainRuleViolation.Problem.of(
                    "ladder", "rule.procedure.ladder.required", "An escalation ladder has at least one level"));
        }
        for (int i = 0; i < rungs.size(); i++) {
            Rung r = rungs.get(i);
            String at0 = "ladder[" + i + "].";
            int before = problems.size();
            if (r == null
                    || r.name() == null
                    || r.name().isBlank()
                    || r.name().strip().length() > LadderLevel.MAX_NAME) {
                problems.add(DomainRuleViolation.Problem.of(
                        at0 + "name",
                        "rule.procedure.ladder.name",
                        "Each level names who deals with it, in 1 to {0} characters",
                        LadderLevel.MAX_NAME));
            }
            Integer days = r == null
                    ? null
                    : figure(
                            r.timeLimitDays(),
                            at0 + "timeLimitDays",
                            "rule.procedure.ladder.timeLimitDays.range",
                            "A level's time limit is {0} to {1} days",
                            0,
                            LadderLevel.MAX_DAYS,
                            problems);
            if (days != null && days == 0 && i < rungs.size() - 1) {
                problems.add(DomainRuleViolation.Problem.of(
                        at0 + "timeLimitDays",
                        "rule.procedure.ladder.lastWithoutLimit",
                        "Only the last level has no time limit (0)"));
            }
            Role role = Role.ACCOUNT_MANAGER;
            if (r != null && r.providerRole() != null && !r.providerRole().isBlank()) {
                String v = r.providerRole().trim().toUpperCase(Locale.ROOT);
                if (v.equals(Role.OPS_ADMIN.name())) {
                    role = Role.OPS_ADMIN;
                } else if (!v.equals(Role.ACCOUNT_MANAGER.name())) {
                    problems.add(DomainRuleViolation.Problem.of(
                            at0 + "providerRole",
                            "rule.procedure.ladder.providerRole",
                            "The 3PL decides through its account managers (ACCOUNT_MANAGER)"
                                    + " or its operations admins (OPS_ADMIN), not {0}",
                            r.providerRole()));
                }
            }
            if (problems.size() == before) {
                levels.add(new LadderLevel(r.name(), days, role));
            }
        }
        return levels;
    }

    /**
     * The evidence required per covered kind ({@code requiredEvidence.KIND}); a kind without a description needs none.
     */
    private Map<DisputeKind, String> evidence(
            EnumSet<DisputeKind> covered, List<DomainRuleViolation.Problem> problems) {
        Map<DisputeKind, String> evidence = new EnumMap<>(DisputeKind.class);
        (requiredEvidence == null ? Map.<String, String>of() : requiredEvidence).forEach((k, what) -> {
            String field = "requiredEvidence." + k;
            Optional<DisputeKind> kind = kind(k, field, problems);
            if (kind.isEmpty() || what == null || what.isBlank()) {
                return; // a kind without a description needs no evidence
            }
            if (!covered.contains(kind.get())) {
                problems.add(DomainRuleViolation.Problem.of(
                        field,
                        "rule.procedure.evidence.notCovered",
                        "The procedure does not cover this kind of dispute"));
            } else if (what.strip().length() > DisputeProcedure.MAX_EVIDENCE) {
                problems.add(DomainRuleViolation.Problem.of(
                        field,
                        "rule.procedure.evidence.length",
                        "At most {0} characters",
                        DisputeProcedure.MAX_EVIDENCE));
            } else {
                evidence.put(kind.get(), what);
            }
        });
        return evidence;
    }

    private static Optional<DisputeKind> kind(String value, String field, List<DomainRuleViolation.Problem> problems) {
        return Enums.parseInto(DisputeKind.class, field, "kind", value, problems);
    }

    private static Integer figure(
            Integer value,
            String field,
            String key,
            String english,
            int min,
            int max,
            List<DomainRuleViolation.Problem> problems) {
        if (value == null || value < min || value > max) {
            problems.add(DomainRuleViolation.Problem.of(field, key, english, min, max));
            return null;
        }
        return value;
    }
}
