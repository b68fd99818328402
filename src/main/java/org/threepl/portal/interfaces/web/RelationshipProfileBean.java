package org.threepl.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.application.relationship.RelationshipService;
import org.threepl.portal.application.relationship.RelationshipViews;
import org.threepl.portal.application.relationship.SurveyService;
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's relationship profile for its account managers and the ops admins ({@code ?org=}): the
 * switching-cost profile with every contribution ("why this score"), retention bonds, value, segment and
 * lifetime value with their inputs, satisfaction, lifecycle and its signals, the tier recommendation with
 * its reasons and the tier history; and the account manager's work: the contact log, open tasks, surveys,
 * recorded facts and proposing a tier change. Before the first computation the records are there and the
 * figures are not (with a button to compute them now).
 */
@Named
@ViewScoped
public class RelationshipProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RelationshipService relationships;

    @Inject
    PartnershipService partnership;

    @Inject
    SurveyService surveys;

    private Long org;
    private String organisationName;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient RelationshipViews.Profile profile;
    /** Whether the profile was asked for in this request (none is computed yet for a new client). */
    private transient boolean profileLoaded;
    private transient List<RelationshipViews.TaskView> tasks;
    private transient List<RelationshipViews.ProposalView> proposals;
    private transient List<RelationshipViews.HistoryView> history;
    private transient List<RelationshipViews.SurveyView> surveyList;
    private transient List<RelationshipViews.TrendPoint> trend;
    private transient RelationshipViews.FactsView facts;
    private transient List<SettingsDocument.TierSetting> tiers;
    private PagedDataModel<RelationshipViews.ContactView> contacts;

    // the contact being logged
    private String contactKind = ContactKind.CALL.name();
    private LocalDate occurredOn;
    private String contactPerson;
    private String summary;
    private String nextStep;
    private LocalDate nextStepDue;
    // the tier change being proposed
    private String toTier;
    private String reason;
    // notes on tasks being marked done, per task id
    private final Map<Long, String> taskNotes = new HashMap<>();
    // the survey being sent
    private String surveyTitle;
    private LocalDate surveyDue;
    // the facts being recorded
    private BigDecimal exitFee;
    private String exitFeeCurrency;
    private String dedicatedAssets;
    private BigDecimal dedicatedAssetsValue;
    private String dedicatedAssetsCurrency;
    private BigDecimal volumeDiscountPercent;
    private String internalNote;

    public void load() {
        try {
            // the internal records first: 404 for a client out of scope, 403 for a client's own users
            facts = relationships.facts(org);
            organisationName = relationships.tierStatus(org).organisationName();
            refresh();
            showFacts(facts);
        } catch (NotFoundException e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    private void refresh() {
        try {
            profile = relationships.profile(org);
        } catch (NotFoundException e) {
            profile = null; // not computed yet
        }
        profileLoaded = true;
        tasks = relationships.tasks(org, "OPEN", 0, 100);
        proposals = partnership.proposalsOf(org);
        history = partnership.history(org);
        surveyList = surveys.surveys(org);
        trend = relationships.trend(org, 365);
        tiers = partnership.settings().tiers();
        contacts = null;
        if (toTier == null && profile != null && !profile.recommendation().recommendedTier().equals(profile.recommendation().currentTier())) {
            toTier = profile.recommendation().recommendedTier();
        }
    }

    private void showFacts(RelationshipViews.FactsView f) {
        facts = f;
        exitFee = f.exitFee();
        exitFeeCurrency = f.exitFeeCurrency() == null ? "EUR" : f.exitFeeCurrency();
        dedicatedAssets = f.dedicatedAssets();
        dedicatedAssetsValue = f.dedicatedAssetsValue();
        dedicatedAssetsCurrency = f.dedicatedAssetsCurrency() == null ? "EUR" : f.dedicatedAssetsCurrency();
        volumeDiscountPercent = f.volumeDiscountPercent();
        internalNote = f.internalNote();
    }

    /** Computes this client's figures now, as the hourly job does. */
    public void recompute() {
        try {
            RelationshipService.RecomputeRun run = relationships.recompute(org);
            Faces.info(run.ran() ? Faces.text("rel.recomputed", run.millis()) : Faces.text("rel.recompute.busy"));
        } catch (AccessDeniedException e) {
            Faces.error(e.getMessage());
        }
        refresh();
    }

    public void logContact() {
        try {
            relationships.logContact(org, new RelationshipService.NewContact(contactKind, occurredOn, contactPerson, summary, nextStep, nextStepDue));
            Faces.info(Faces.text("rel.contact.logged"));
            occurredOn = null;
            contactPerson = null;
            summary = null;
            nextStep = null;
            nextStepDue = null;
            refresh();
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "contact:" + contactField(e.field()), e.getMessage());
        } catch (AccessDeniedException e) {
            Faces.error(e.getMessage());
        }
    }

    private static String contactField(String field) {
        return switch (field) {
            case "kind", "occurredOn", "contactPerson", "nextStep", "nextStepDue" -> field;
            default -> "summary";
        };
    }

    public void propose() {
        try {
            RelationshipViews.ProposalView p = partnership.propose(org, toTier, reason);
            Faces.info(Faces.text("rel.proposal.sent", tierName(p.toTier())));
            reason = null;
            refresh();
        } catch (DomainRuleViolation e) {
            Faces.error("reason".equals(e.field()) ? "propose:reason" : "propose:toTier", e.getMessage());
        } catch (AccessDeniedException e) {
            Faces.error(e.getMessage());
        }
    }

    public void withdraw(RelationshipViews.ProposalView p) {
        try {
            partnership.decide(p.id(), p.version(), "WITHDRAW", null);
            Faces.info(Faces.text("rel.proposal.withdrawn"));
        } catch (DomainRuleViolation | AccessDeniedException e) {
            Faces.error(e.getMessage());
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.proposal.changedMeanwhile"));
        }
        refresh();
    }

    public void completeTask(RelationshipViews.TaskView t) {
        try {
            relationships.completeTask(t.id(), t.version(), taskNotes.get(t.id()));
            Faces.info(Faces.text("rel.task.done"));
            taskNotes.remove(t.id());
        } catch (DomainRuleViolation | AccessDeniedException e) {
            Faces.error(e.getMessage());
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.task.changedMeanwhile"));
        }
        refresh();
    }

    public void sendSurvey() {
        try {
            surveys.send(org, surveyTitle, surveyDue);
            Faces.info(Faces.text("rel.survey.sentTo", organisationName));
            surveyTitle = null;
            surveyDue = null;
            refresh();
        } catch (DomainRuleViolation e) {
            Faces.error(e.getMessage() != null && e.getMessage().contains("due") ? "sendSurvey:dueOn" : "sendSurvey:title", e.getMessage());
        } catch (AccessDeniedException e) {
            Faces.error(e.getMessage());
        }
    }

    /** Records the facts on the version shown; someone else's change meanwhile is shown, not overwritten. */
    public void saveFacts() {
        try {
            showFacts(relationships.recordFacts(org, getFacts().version(), new RelationshipService.NewFacts(exitFee, exitFeeCurrency, dedicatedAssets,
                    dedicatedAssetsValue, dedicatedAssetsCurrency, volumeDiscountPercent, internalNote)));
            Faces.info(Faces.text("rel.facts.saved"));
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "facts:" + factsField(e.field()), e.getMessage());
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.facts.changedMeanwhile"));
            showFacts(relationships.facts(org));
        } catch (AccessDeniedException e) {
            Faces.error(e.getMessage());
        }
    }

    private static String factsField(String field) {
        return switch (field) {
            case "exitFee", "dedicatedAssetsValue", "volumeDiscountPercent", "internalNote", "dedicatedAssets" -> field;
            default -> "dedicatedAssets";
        };
    }

    public PagedDataModel<RelationshipViews.ContactView> getContacts() {
        if (contacts == null) {
            Long id = org;
            contacts = new PagedDataModel<>((PagedDataModel.PageSource<RelationshipViews.ContactView>) (offset, limit) ->
                    CDI.current().select(RelationshipService.class).get().contacts(id, offset, limit), c -> c.id().toString());
        }
        return contacts;
    }

    /** The facets of a group, in the model's order. */
    public List<RelationshipViews.FacetView> facetsOf(String group) {
        return getProfile().switchingCost().facets().stream().filter(f -> f.group().equals(group)).toList();
    }

    /** A group's share in the index (its weight and the points it brings). */
    public RelationshipViews.ShareView groupShare(String group) {
        return getProfile().switchingCost().share(group);
    }

    /** A facet's share in its group. */
    public RelationshipViews.ShareView facetShare(RelationshipViews.GroupView group, String facet) {
        return group.share(facet);
    }

    /** The proxy that brings the most to the index, for the headline. */
    public String getStrongestReason() {
        return getProfile() == null ? null : getProfile().switchingCost().strongest().map(c -> Faces.text("rel.proxy." + c.proxy())).orElse(null);
    }

    public String tierName(String code) {
        if (code == null) {
            return "—";
        }
        return tiers() == null ? code : tiers().stream().filter(t -> t.code().equals(code)).map(SettingsDocument.TierSetting::name).findFirst().orElse(code);
    }

    public List<SettingsDocument.TierSetting> getTierChoices() {
        String current = getProfile() == null ? null : getProfile().recommendation().currentTier();
        return tiers().stream().filter(t -> !t.code().equals(current)).toList();
    }

    public boolean isTrendShown() {
        return getTrend() != null && getTrend().size() > 1;
    }

    /** The switching-cost index and its three groups day by day, with the churn risk. */
    public String getTrendChart() {
        List<RelationshipViews.TrendPoint> trend = getTrend();
        List<String> labels = trend.stream().map(p -> p.asOf().toString()).toList();
        return ChartJson.line(labels, List.of(
                ChartJson.Series.of(Faces.text("rel.switchingCost"), trend.stream().map(RelationshipViews.TrendPoint::switchingCost).toList(), "#1f2933"),
                ChartJson.Series.of(Faces.text("rel.group.PROCEDURAL"), trend.stream().map(RelationshipViews.TrendPoint::procedural).toList(), "#2f6f9f"),
                ChartJson.Series.of(Faces.text("rel.group.FINANCIAL"), trend.stream().map(RelationshipViews.TrendPoint::financial).toList(), "#2e7d32"),
                ChartJson.Series.of(Faces.text("rel.group.RELATIONAL"), trend.stream().map(RelationshipViews.TrendPoint::relational).toList(), "#7c3aed"),
                new ChartJson.Series(Faces.text("rel.churnRisk"), trend.stream().map(RelationshipViews.TrendPoint::churnRisk).toList(), "#c62828", true)),
                0, 100);
    }

    /** The groups' scores of the latest figures, for the bar beside the explanation. */
    public String getGroupsChart() {
        List<RelationshipViews.GroupView> groups = getProfile().switchingCost().groups();
        return ChartJson.bar(groups.stream().map(g -> Faces.text("rel.group." + g.group())).toList(), List.of(
                ChartJson.Series.of(Faces.text("rel.score"), groups.stream().map(RelationshipViews.GroupView::score).toList(), "#2f6f9f")), false, 0, 100);
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Long getOrg() { return org; }
    public void setOrg(Long org) { this.org = org; }
    public String getOrganisationName() { return organisationName; }
    public RelationshipViews.Profile getProfile() {
        if (profile == null && !profileLoaded && org != null) {
            profileLoaded = true;
            try {
                profile = relationships.profile(org);
            } catch (NotFoundException e) {
                profile = null; // not computed yet
            }
        }
        return profile;
    }

    public List<RelationshipViews.TaskView> getTasks() {
        if (tasks == null && org != null) {
            tasks = relationships.tasks(org, "OPEN", 0, 100);
        }
        return tasks;
    }

    public List<RelationshipViews.ProposalView> getProposals() {
        if (proposals == null && org != null) {
            proposals = partnership.proposalsOf(org);
        }
        return proposals;
    }

    public List<RelationshipViews.HistoryView> getHistory() {
        if (history == null && org != null) {
            history = partnership.history(org);
        }
        return history;
    }

    public List<RelationshipViews.SurveyView> getSurveys() {
        if (surveyList == null && org != null) {
            surveyList = surveys.surveys(org);
        }
        return surveyList;
    }

    public List<RelationshipViews.TrendPoint> getTrend() {
        if (trend == null && org != null) {
            trend = relationships.trend(org, 365);
        }
        return trend;
    }

    private List<SettingsDocument.TierSetting> tiers() {
        if (tiers == null) {
            tiers = partnership.settings().tiers();
        }
        return tiers;
    }

    public RelationshipViews.FactsView getFacts() {
        if (facts == null && org != null) {
            facts = relationships.facts(org);
        }
        return facts;
    }

    public Map<Long, String> getTaskNotes() { return taskNotes; }
    public String getContactKind() { return contactKind; }
    public void setContactKind(String contactKind) { this.contactKind = contactKind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public LocalDate getNextStepDue() { return nextStepDue; }
    public void setNextStepDue(LocalDate nextStepDue) { this.nextStepDue = nextStepDue; }
    public String getToTier() { return toTier; }
    public void setToTier(String toTier) { this.toTier = toTier; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSurveyTitle() { return surveyTitle; }
    public void setSurveyTitle(String surveyTitle) { this.surveyTitle = surveyTitle; }
    public LocalDate getSurveyDue() { return surveyDue; }
    public void setSurveyDue(LocalDate surveyDue) { this.surveyDue = surveyDue; }
    public BigDecimal getExitFee() { return exitFee; }
    public void setExitFee(BigDecimal exitFee) { this.exitFee = exitFee; }
    public String getExitFeeCurrency() { return exitFeeCurrency; }
    public void setExitFeeCurrency(String exitFeeCurrency) { this.exitFeeCurrency = exitFeeCurrency; }
    public String getDedicatedAssets() { return dedicatedAssets; }
    public void setDedicatedAssets(String dedicatedAssets) { this.dedicatedAssets = dedicatedAssets; }
    public BigDecimal getDedicatedAssetsValue() { return dedicatedAssetsValue; }
    public void setDedicatedAssetsValue(BigDecimal dedicatedAssetsValue) { this.dedicatedAssetsValue = dedicatedAssetsValue; }
    public String getDedicatedAssetsCurrency() { return dedicatedAssetsCurrency; }
    public void setDedicatedAssetsCurrency(String dedicatedAssetsCurrency) { this.dedicatedAssetsCurrency = dedicatedAssetsCurrency; }
    public BigDecimal getVolumeDiscountPercent() { return volumeDiscountPercent; }
    public void setVolumeDiscountPercent(BigDecimal volumeDiscountPercent) { this.volumeDiscountPercent = volumeDiscountPercent; }
    public String getInternalNote() { return internalNote; }
    public void setInternalNote(String internalNote) { this.internalNote = internalNote; }
}
