package org.threepl.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.relationship.AccountRecords;
import org.threepl.portal.application.relationship.ClientRelationships;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.ProfileViews;
import org.threepl.portal.application.relationship.Recomputations;
import org.threepl.portal.application.relationship.RelationshipProfiles;
import org.threepl.portal.application.relationship.RelationshipViews;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.application.relationship.SurveyService;
import org.threepl.portal.application.relationship.SurveyViews;
import org.threepl.portal.application.relationship.TrendViews;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * One client's relationship profile for its account managers and the ops admins ({@code ?org=}): the switching-cost
 * profile with every contribution ("why this score"), retention bonds, value, segment and lifetime value with their
 * inputs, satisfaction, lifecycle and its signals, the tier recommendation with its reasons and the tier history; and
 * the account manager's work: the contact log, open tasks, surveys, recorded facts and proposing a tier change, each
 * form an object of its own ({@link ContactForm}, {@link FactsForm}, {@link ProposalForm}, {@link SurveyForm}) that
 * submits itself. Before the first computation the records are there and the figures are not (with a button to compute
 * them now).
 */
@Named
@ViewScoped
public class RelationshipProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientRelationships clients;

    @Inject
    RelationshipProfiles profiles;

    @Inject
    AccountRecords records;

    @Inject
    Recomputations recomputations;

    @Inject
    PartnershipService partnership;

    @Inject
    SurveyService surveys;

    private Long org;
    private String organisationName;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient ProfileViews.Profile profile;
    /** Whether the profile was asked for in this request (none is computed yet for a new client). */
    private transient boolean profileLoaded;

    private transient List<RelationshipViews.TaskView> tasks;
    private transient List<RelationshipViews.ProposalView> proposals;
    private transient List<RelationshipViews.HistoryView> history;
    private transient List<SurveyViews.SurveyView> surveyList;
    private transient List<TrendViews.TrendPoint> trend;
    private transient RelationshipViews.FactsView facts;
    private transient List<SettingsDocument.TierSetting> tiers;
    private PagedDataModel<RelationshipViews.ContactView> contacts;

    // the page's forms, one object each
    private final ContactForm contactForm = new ContactForm();
    private final ProposalForm proposalForm = new ProposalForm();
    private final SurveyForm surveyForm = new SurveyForm();
    private final FactsForm factsForm = new FactsForm();
    // notes on tasks being marked done, per task id
    private final Map<Long, String> taskNotes = new HashMap<>();

    public void load() {
        try {
            // the internal records first: 404 for a client out of scope, 403 for a client's own users
            facts = records.facts(org);
            organisationName = clients.tierStatus(org).organisationName();
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
            profile = profiles.profile(org);
        } catch (NotFoundException e) {
            profile = null; // not computed yet
        }
        profileLoaded = true;
        tasks = records.tasks(org, "OPEN", 0, 100);
        proposals = partnership.proposalsOf(org);
        history = partnership.history(org);
        surveyList = surveys.surveys(org);
        trend = profiles.trend(org, 365);
        tiers = partnership.settings().tiers();
        contacts = null;
        if (profile != null
                && !profile.recommendation()
                        .recommendedTier()
                        .equals(profile.recommendation().currentTier())) {
            proposalForm.suggest(profile.recommendation().recommendedTier());
        }
    }

    private void showFacts(RelationshipViews.FactsView f) {
        facts = f;
        factsForm.show(f);
    }

    /** Computes this client's figures now, as the hourly job does. */
    public void recompute() {
        try {
            Recomputations.RecomputeRun run = recomputations.recompute(org);
            Faces.info(run.ran() ? Faces.text("rel.recomputed", run.millis()) : Faces.text("rel.recompute.busy"));
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        refresh();
    }

    public void logContact() {
        if (contactForm.submit(records, org)) {
            refresh();
        }
    }

    public void propose() {
        if (proposalForm.submit(partnership, org, this::tierName)) {
            refresh();
        }
    }

    public void withdraw(RelationshipViews.ProposalView p) {
        try {
            partnership.decide(p.id(), p.version(), "WITHDRAW", null);
            Faces.info(Faces.text("rel.proposal.withdrawn"));
        } catch (DomainRuleViolation | AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.proposal.changedMeanwhile"));
        }
        refresh();
    }

    public void completeTask(RelationshipViews.TaskView t) {
        try {
            records.completeTask(t.id(), t.version(), taskNotes.get(t.id()));
            Faces.info(Faces.text("rel.task.done"));
            taskNotes.remove(t.id());
        } catch (DomainRuleViolation | AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.task.changedMeanwhile"));
        }
        refresh();
    }

    public void sendSurvey() {
        if (surveyForm.submit(surveys, org, organisationName)) {
            refresh();
        }
    }

    /** Records the facts on the version shown; someone else's change meanwhile is shown, not overwritten. */
    public void saveFacts() {
        RelationshipViews.FactsView shown =
                factsForm.submit(records, org, getFacts().version());
        if (shown != null) {
            facts = shown;
        }
    }

    public PagedDataModel<RelationshipViews.ContactView> getContacts() {
        if (contacts == null) {
            Long id = org;
            contacts = new PagedDataModel<>(
                    (PagedDataModel.PageSource<RelationshipViews.ContactView>) (offset, limit) ->
                            CDI.current().select(AccountRecords.class).get().contacts(id, offset, limit),
                    c -> c.id().toString());
        }
        return contacts;
    }

    /** The proxy that brings the most to the index, for the headline. */
    public String getStrongestReason() {
        return getProfile() == null
                ? null
                : getProfile()
                        .switchingCost()
                        .strongest()
                        .map(c -> Faces.text("rel.proxy." + c.proxy()))
                        .orElse(null);
    }

    public String tierName(String code) {
        if (code == null) {
            return "—";
        }
        return tiers() == null
                ? code
                : tiers().stream()
                        .filter(t -> t.code().equals(code))
                        .map(SettingsDocument.TierSetting::name)
                        .findFirst()
                        .orElse(code);
    }

    public List<SettingsDocument.TierSetting> getTierChoices() {
        String current =
                getProfile() == null ? null : getProfile().recommendation().currentTier();
        return tiers().stream().filter(t -> !t.code().equals(current)).toList();
    }

    public boolean isTrendShown() {
        return getTrend() != null && getTrend().size() > 1;
    }

    /** The switching-cost index and its three groups day by day, with the churn risk. */
    public String getTrendChart() {
        return RelationshipCharts.trend(getTrend());
    }

    /** The groups' scores of the latest figures, for the bar beside the explanation. */
    public String getGroupsChart() {
        return RelationshipCharts.groups(getProfile().switchingCost().groups());
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public ProfileViews.Profile getProfile() {
        if (profile == null && !profileLoaded && org != null) {
            profileLoaded = true;
            try {
                profile = profiles.profile(org);
            } catch (NotFoundException e) {
                profile = null; // not computed yet
            }
        }
        return profile;
    }

    public List<RelationshipViews.TaskView> getTasks() {
        if (tasks == null && org != null) {
            tasks = records.tasks(org, "OPEN", 0, 100);
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

    public List<SurveyViews.SurveyView> getSurveys() {
        if (surveyList == null && org != null) {
            surveyList = surveys.surveys(org);
        }
        return surveyList;
    }

    public List<TrendViews.TrendPoint> getTrend() {
        if (trend == null && org != null) {
            trend = profiles.trend(org, 365);
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
            facts = records.facts(org);
        }
        return facts;
    }

    public Map<Long, String> getTaskNotes() {
        return taskNotes;
    }

    public ContactForm getContactForm() {
        return contactForm;
    }

    public FactsForm getFactsForm() {
        return factsForm;
    }

    public ProposalForm getProposalForm() {
        return proposalForm;
    }

    public SurveyForm getSurveyForm() {
        return surveyForm;
    }
}
