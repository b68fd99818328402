package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.relationship.SurveyAnswer;

/** Satisfaction surveys as their client and the 3PL see them. */
public final class SurveyViews {

    private SurveyViews() {}

    public record AnswerView(String dimension, int expected, int perceived, BigDecimal c) {
        static AnswerView of(SurveyAnswer a) {
            return new AnswerView(a.dimension().name(), a.expected(), a.perceived(), a.c());
        }
    }

    /** A survey as its client and the 3PL see it; {@code dimensions} are what it asks about. */
    public record SurveyView(
            Long id,
            Long organisationId,
            String title,
            String sentBy,
            String sentByKind,
            Instant sentAt,
            LocalDate dueOn,
            String state,
            boolean overdue,
            List<String> dimensions,
            List<AnswerView> answers,
            BigDecimal surveyC,
            String level,
            String answeredBy,
            String answeredByKind,
            Instant answeredAt,
            String comment,
            int version) {}
}
