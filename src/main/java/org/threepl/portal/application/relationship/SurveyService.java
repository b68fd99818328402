package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.Satisfaction;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;
import org.threepl.portal.domain.model.relationship.SurveyAnswer;
import org.threepl.portal.domain.model.relationship.SurveyDimension;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Satisfaction surveys: the 3PL sends one to a client; one of the client's administrators answers it, per dimension
 * what was expected and what was perceived (C = perceived / expected); the answer is final. A client sees its own
 * surveys; the 3PL sees those of the clients in its scope.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

    @Inject
    CallerContext callers;

    @Inject
    RelationshipRepository relationships;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** One dimension answered. */
    public record Answer(String dimension, Integer expected, Integer perceived) {}

    public List<SurveyViews.SurveyView> surveys(Long organisationId) {
        Organisation org = visible(organisationId);
        RelationshipSettings settings = relationships.settings();
        return relationships.surveysOf(org.id()).stream()
                .map(s -> view(s, settings))
                .toList();
    }

    public SurveyViews.SurveyView survey(Long id) {
        return view(find(id), relationships.settings());
    }

    /** Sends a survey to a client (its administrators are told). */
    public SurveyViews.SurveyView send(Long organisationId, String title, LocalDate dueOn) {
        Organisation org = visible(organisationId);
        Caller caller = callers.current();
        AccessPolicy.require(
                RelationshipAccess.mayManage(caller),
                "Surveys are sent by the client's account managers (or the 3PL's ops admins)");
        LocalDate today = today();
        SatisfactionSurvey s = RelationshipCallers.field(
                "survey",
                () -> new SatisfactionSurvey(
                        org.id(),
                        title,
                        dueOn == null ? today.plusDays(14) : dueOn,
                        caller.actor(),
                        clock.instant(),
                        today));
        relationships.add(s);
        notifier.tell(
                notifier.clientAdminsOf(org.id()),
                Message.of("survey.sent.subject", Message.text(s.title())),
                Message.of("survey.sent.body", Message.count(SurveyDimension.values().length), Message.day(s.dueOn())),
                RelationshipLinks.survey(s.id()));
        return view(s, relationships.settings());
    }

    /** The client's answer (its administrators, or its keys with WRITE), on the version read; final. */
    public SurveyViews.SurveyView answer(Long id, int expectedVersion, List<Answer> answers, String comment) {
        Caller caller = callers.current();
        SatisfactionSurvey s = find(id);
        AccessPolicy.require(
                RelationshipAccess.mayAnswerSurvey(caller, s.organisationId()),
                "The client's administrators answer its surveys");
        if (s.version() != expectedVersion) {
            throw new ConcurrentChangeException("Survey " + id);
        }
        List<SurveyAnswer> given = new ArrayList<>();
        List<Answer> in = answers == null ? List.of() : answers;
        for (int i = 0; i < in.size(); i++) {
            Answer a = in.get(i);
            String at = "answers[" + i + "]";
            SurveyDimension d = Enums.parse(SurveyDimension.class, at + ".dimension", a.dimension());
            if (a.expected() == null || a.perceived() == null) {
                throw new DomainRuleViolation(
                        at,
                        "rule.survey.answer.incomplete",
                        "Say for {0} what you expected (1 to 7) and what you perceived (0 to 7)",
                        d.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            try {
                given.add(new SurveyAnswer(d, a.expected(), a.perceived()));
            } catch (DomainRuleViolation e) {
                throw e.under(at);
            }
        }
        RelationshipCallers.field("answers", () -> {
            s.answer(given, comment, caller.actor(), clock.instant());
            return s;
        });
        relationships.flush();
        RelationshipSettings settings = relationships.settings();
        notifier.tell(
                notifier.accountManagersOf(s.organisationId()),
                Message.of(
                        "survey.answered.subject",
                        Message.text(s.title()),
                        Message.nested(
                                Message.of("share", Message.count(s.surveyC().movePointRight(2))))),
                Message.of(
                        "survey.answered.body",
                        Message.text(caller.actor().describe()),
                        Message.term("rel.level.", Satisfaction.level(s.surveyC(), settings.satisfactionPolicy()))),
                RelationshipLinks.client(s.organisationId()));
        return view(s, settings);
    }

    /** The 3PL takes back a survey that was not answered. */
    public SurveyViews.SurveyView withdraw(Long id, int expectedVersion) {
        Caller caller = callers.current();
        SatisfactionSurvey s = find(id);
        AccessPolicy.require(RelationshipAccess.mayManage(caller), "Surveys are withdrawn by the 3PL");
        if (s.version() != expectedVersion) {
            throw new ConcurrentChangeException("Survey " + id);
        }
        s.withdraw();
        relationships.flush();
        return view(s, relationships.settings());
    }

    private SurveyViews.SurveyView view(SatisfactionSurvey s, RelationshipSettings settings) {
        Actor answered = s.answeredBy();
        return new SurveyViews.SurveyView(
                s.id(),
                s.organisationId(),
                s.title(),
                s.sentBy().name(),
                s.sentBy().kind().name(),
                s.sentAt(),
                s.dueOn(),
                s.state().name(),
                s.overdue(today()),
                Arrays.stream(SurveyDimension.values()).map(Enum::name).toList(),
                s.answers().stream().map(SurveyViews.AnswerView::of).toList(),
                s.surveyC(),
                s.surveyC() == null
                        ? null
                        : Satisfaction.level(s.surveyC(), settings.satisfactionPolicy())
                                .name(),
                answered == null ? null : answered.name(),
                answered == null ? null : answered.kind().name(),
                s.answeredAt(),
                s.comment(),
                s.version());
    }

    private SatisfactionSurvey find(Long id) {
        return relationships
                .survey(callers.current().tenantScope(), id)
                .orElseThrow(() -> new NotFoundException("Survey " + id));
    }

    private Organisation visible(Long organisationId) {
        return organisations
                .find(callers.current().tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
