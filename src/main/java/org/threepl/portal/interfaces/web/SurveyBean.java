package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.relationship.SurveyService;
import org.threepl.portal.application.relationship.SurveyViews;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * One satisfaction survey ({@code ?id=}): its questions, and for the client's administrators the answer form (per
 * dimension what was expected and what was perceived), sent on the version shown; once answered, each dimension's C and
 * the level.
 */
@Named
@ViewScoped
public class SurveyBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW = Pattern.compile("answers\\[(\\d+)]");

    @Inject
    SurveyService surveys;

    private Long id;
    // a view is not serialisable: kept for the request, loaded again when a restored session reads it
    private transient SurveyViews.SurveyView survey;
    /**
     * The version the user answers, kept with the view so that an answer after a restored session is still checked
     * against it.
     */
    private Integer shownVersion;

    private final List<Row> rows = new ArrayList<>();
    private String comment;

    /** One dimension being answered. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String dimension;
        private Integer expected;
        private Integer perceived;

        Row(String dimension) {
            this.dimension = dimension;
        }

        public String getDimension() {
            return dimension;
        }

        public Integer getExpected() {
            return expected;
        }

        public void setExpected(Integer expected) {
            this.expected = expected;
        }

        public Integer getPerceived() {
            return perceived;
        }

        public void setPerceived(Integer perceived) {
            this.perceived = perceived;
        }
    }

    public void load() {
        try {
            show(surveys.survey(id));
        } catch (NotFoundException e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    private void show(SurveyViews.SurveyView s) {
        survey = s;
        shownVersion = s.version();
        if (rows.isEmpty()) {
            s.dimensions().forEach(d -> rows.add(new Row(d)));
        }
    }

    /** Sends the answer on the version shown; a survey answered or withdrawn meanwhile is shown as it is now. */
    public void answer() {
        List<SurveyService.Answer> answers = rows.stream()
                .map(r -> new SurveyService.Answer(r.dimension, r.expected, r.perceived))
                .toList();
        try {
            show(surveys.answer(
                    id, shownVersion != null ? shownVersion : getSurvey().version(), answers, comment));
            Faces.info(Faces.text("rel.survey.thanks", relC()));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.survey.changedMeanwhile"));
            show(surveys.survey(id));
        } catch (AccessDeniedException e) {
            Faces.error(Faces.text("rel.survey.adminsOnly"));
        } catch (DomainRuleViolation e) {
            Matcher m = e.field() == null ? null : ROW.matcher(e.field());
            if (m != null && m.lookingAt()) {
                // the perception's input when the refusal names it (answers[2].perceived), else the expectation's
                String input = e.field().endsWith(".perceived") ? "perceived" : "expected";
                Faces.error("answer:rows:" + m.group(1) + ":" + input, Faces.refusal(e));
            } else if ("comment".equals(e.field())) {
                Faces.error("answer:comment", Faces.refusal(e));
            } else {
                Faces.error(Faces.refusal(e));
            }
        }
    }

    private String relC() {
        return getSurvey().surveyC() == null
                ? "—"
                : survey.surveyC().stripTrailingZeros().toPlainString();
    }

    public boolean isOpen() {
        return getSurvey() != null && "OPEN".equals(survey.state());
    }

    public SurveyViews.SurveyView getSurvey() {
        if (survey == null && id != null) {
            survey = surveys.survey(id); // the version answered stays the one the user saw
        }
        return survey;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
