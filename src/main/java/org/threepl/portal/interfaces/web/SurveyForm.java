package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.relationship.SurveyService;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The survey being sent on a client's relationship page ({@code #{b.surveyForm}}, the form {@code sendSurvey}). */
public class SurveyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private LocalDate dueOn;

    /**
     * Sends the survey: true when sent (the form is emptied), false when refused (the message is on the input
     * concerned).
     */
    boolean submit(SurveyService surveys, Long org, String organisationName) {
        try {
            surveys.send(org, title, dueOn);
            Faces.info(Faces.text("rel.survey.sentTo", organisationName));
            title = null;
            dueOn = null;
            return true;
        } catch (DomainRuleViolation e) {
            // the due day's input when the refusal is about it, else the title's
            Faces.error("dueOn".equals(e.field()) ? "sendSurvey:dueOn" : "sendSurvey:title", Faces.refusal(e));
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        return false;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
