package org.threepl.portal.domain.model.relationship;

import java.time.LocalDate;
import org.threepl.portal.domain.model.shared.Message;

/**
 * A client's latest loss as the lifecycle reads it: while it is open the stage is "lost", and for
 * {@link #RECOVERED_MONTHS} months after the client came back it is "recovered"; the churn signals are still checked.
 */
public record LossStanding(LocalDate lostOn, LossReason reason, LocalDate recoveredOn) {

    /** Months a won-back client reads "recovered" before its tenure decides the stage again. */
    public static final int RECOVERED_MONTHS = 6;

    /** The assessment with the stage the loss gives, or as it was when the loss no longer counts. */
    public Lifecycle.Assessment over(Lifecycle.Assessment a, LocalDate today) {
        if (recoveredOn == null) {
            return new Lifecycle.Assessment(
                    LifecycleStage.LOST,
                    a.churnRisk(),
                    a.riskLevel(),
                    a.checks(),
                    Message.of("explain.stage.lost", Message.day(lostOn), Message.term("rel.loss.reason.", reason)));
        }
        if (today.isBefore(recoveredOn.plusMonths(RECOVERED_MONTHS))) {
            return new Lifecycle.Assessment(
                    LifecycleStage.RECOVERED,
                    a.churnRisk(),
                    a.riskLevel(),
                    a.checks(),
                    Message.of(
                            "explain.stage.recovered",
                            Message.day(recoveredOn),
                            Message.day(lostOn),
                            Message.term("rel.loss.reason.", reason),
                            Message.count(RECOVERED_MONTHS)));
        }
        return a;
    }
}
