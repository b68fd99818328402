package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.relationship.WinBack;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The lost-client section of a client's relationship profile ({@code ?org=}, the form {@code winBack}): record the loss
 * with its reason and a win-back plan (one step a line, all due by one day), mark a step done, record the client won
 * back.
 */
@Named
@ViewScoped
public class WinBackBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WinBack winBack;

    private Long org;
    // a view is not serialisable: read again after a restored session
    private transient WinBack.LossView loss;
    private transient boolean loaded;

    private LocalDate lostOn;
    private String reason;
    private String note;
    private String plan;
    private LocalDate planDue;
    private LocalDate recoveredOn;

    /** The client's latest loss; null when it was never lost. */
    public WinBack.LossView getLoss() {
        if (!loaded) {
            loss = winBack.lossIfAny(org).orElse(null);
            loaded = true;
        }
        return loss;
    }

    public List<String> getReasons() {
        return WinBack.reasons();
    }

    public void record() {
        List<WinBack.Step> steps = plan == null
                ? List.of()
                : plan.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .map(l -> new WinBack.Step(l, planDue))
                        .toList();
        change(() -> {
            loss = winBack.recordLoss(org, new WinBack.NewLoss(lostOn, reason, note, steps));
            lostOn = null;
            reason = null;
            note = null;
            plan = null;
            planDue = null;
            Faces.info(Faces.text("rel.loss.recorded"));
        });
    }

    public void stepDone(int position) {
        change(() -> {
            loss = winBack.stepDone(org, position, getLoss().version());
            Faces.info(Faces.text("rel.loss.stepDone"));
        });
    }

    public void recovered() {
        change(() -> {
            loss = winBack.recovered(org, recoveredOn, getLoss().version());
            Faces.info(Faces.text("rel.loss.wonBack"));
        });
    }

    /** Runs a change: a refused field's message at its input, someone else's change shown instead of overwritten. */
    private void change(Runnable action) {
        try {
            action.run();
            loaded = true;
        } catch (DomainRuleViolation e) {
            Faces.error(componentId(e.field()), Faces.refusal(e));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.loss.changedMeanwhile"));
            loaded = false;
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
    }

    /** The input a refused field belongs to; null (the page's messages) for a rule about the loss as a whole. */
    private static String componentId(String field) {
        return switch (field == null ? "" : field) {
            case "lostOn", "reason", "note", "recoveredOn" -> "winBack:" + field;
            case "steps" -> "winBack:plan";
            default -> null;
        };
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public LocalDate getLostOn() {
        return lostOn;
    }

    public void setLostOn(LocalDate lostOn) {
        this.lostOn = lostOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public LocalDate getPlanDue() {
        return planDue;
    }

    public void setPlanDue(LocalDate planDue) {
        this.planDue = planDue;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }

    public void setRecoveredOn(LocalDate recoveredOn) {
        this.recoveredOn = recoveredOn;
    }
}
