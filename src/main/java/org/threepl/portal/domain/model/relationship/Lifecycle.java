package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.threepl.portal.domain.model.shared.Message;

/**
 * The relationship's stage and churn risk, read from tenure and the trend of the client's data: each measure's recent
 * window (90 days by default) against the window before it.
 *
 * <ul>
 *   <li>A falling measure (volume, API traffic, sign-ins) signals when the earlier window had at least the minimum base
 *       (10) and the recent one fell by the drop threshold (25 %) or more.
 *   <li>A rising measure (disputes, SLA breaches) signals when the recent window has at least the minimum rise (2) and
 *       exceeds the earlier one by the rise threshold (50 %) or more.
 *   <li>CONTRACT_ENDING signals when no contract is in force beyond the coming window; SATISFACTION_LOW when the latest
 *       survey says dissatisfied or unmet.
 *   <li>Churn risk = the sum of the points of the signals that fired, at most 100; LOW below 30, MEDIUM below 60, HIGH
 *       from 60.
 *   <li>Stage: DECLINE from the decline risk (50) up; otherwise EXPLORATION in the first months (6), FORMATION until
 *       the formation months (24), then STABILITY.
 * </ul>
 */
public final class Lifecycle {

    public enum RiskLevel {
        LOW,
        MEDIUM,
        HIGH
    }

    /** The thresholds of the trend signals and of the stages: all of the policy but the signals' points. */
    @Embeddable
    public record Thresholds(
            int windowDays,
            BigDecimal dropThreshold,
            BigDecimal riseThreshold,
            int minimumBase,
            int minimumRise,
            int declineRisk,
            int explorationMonths,
            int formationMonths) {
        public Thresholds {
            SettingsRules.rule(
                    "lifecycle.windowDays",
                    windowDays >= 7 && windowDays <= 366,
                    "rule.settings.lifecycle.windowDays",
                    "The trend window is 7 to 366 days");
            SettingsRules.required("lifecycle.dropThreshold", dropThreshold);
            SettingsRules.required("lifecycle.riseThreshold", riseThreshold);
            SettingsRules.rule(
                    "lifecycle.dropThreshold",
                    dropThreshold.signum() > 0 && dropThreshold.compareTo(BigDecimal.ONE) <= 0,
                    "rule.settings.lifecycle.dropThreshold",
                    "The drop threshold is above 0 and at most 1");
            SettingsRules.rule(
                    "lifecycle.riseThreshold",
                    riseThreshold.signum() >= 0 && riseThreshold.compareTo(BigDecimal.TEN) <= 0,
                    "rule.settings.lifecycle.riseThreshold",
                    "The rise threshold is from 0 to 10");
            SettingsRules.rule(
                    "lifecycle.minimumBase",
                    minimumBase >= 1,
                    "rule.settings.lifecycle.minimums",
                    "The minimum base and the minimum rise are at least 1");
            SettingsRules.rule(
                    "lifecycle.minimumRise",
                    minimumRise >= 1,
                    "rule.settings.lifecycle.minimums",
                    "The minimum base and the minimum rise are at least 1");
            SettingsRules.rule(
                    "lifecycle.declineRisk",
                    declineRisk >= 1 && declineRisk <= 100,
                    "rule.settings.lifecycle.declineRisk",
                    "The decline risk is from 1 to 100");
            SettingsRules.rule(
                    "lifecycle.explorationMonths",
                    explorationMonths >= 0,
                    "rule.settings.lifecycle.stageMonths",
                    "Exploration months are not negative and not more than formation months");
            SettingsRules.rule(
                    "lifecycle.formationMonths",
                    formationMonths >= explorationMonths,
                    "rule.settings.lifecycle.stageMonths",
                    "Exploration months are not negative and not more than formation months");
        }
    }

    /** The thresholds and the points of each churn signal. */
    public record Policy(Thresholds thresholds, Map<ChurnSignal, Integer> points) {
        public Policy {
            SettingsRules.required("lifecycle", thresholds);
            SettingsRules.required("lifecycle.signalPoints", points);
            Map<ChurnSignal, Integer> p = new EnumMap<>(ChurnSignal.class);
            for (ChurnSignal s : ChurnSignal.values()) {
                Integer v = points.get(s);
                // a signal's points are named by the signal: the list's order is the sender's, the signal is the key
                SettingsRules.rule(
                        "lifecycle.signalPoints." + s.name() + ".points",
                        v != null && v >= 0 && v <= 100,
                        "rule.settings.lifecycle.signalPoints",
                        "The points of {0} are from 0 to 100",
                        s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                p.put(s, v);
            }
            points = Collections.unmodifiableMap(p);
        }

        public Policy(
                int windowDays,
                BigDecimal dropThreshold,
                BigDecimal riseThreshold,
                int minimumBase,
                int minimumRise,
                Map<ChurnSignal, Integer> points,
                int declineRisk,
                int explorationMonths,
                int formationMonths) {
            this(
                    new Thresholds(
                            windowDays,
                            dropThreshold,
                            riseThreshold,
                            minimumBase,
                            minimumRise,
                            declineRisk,
                            explorationMonths,
                            formationMonths),
                    points);
        }

        public int windowDays() {
            return thresholds.windowDays();
        }

        public BigDecimal dropThreshold() {
            return thresholds.dropThreshold();
        }

        public BigDecimal riseThreshold() {
            return thresholds.riseThreshold();
        }

        public int minimumBase() {
            return thresholds.minimumBase();
        }

        public int minimumRise() {
            return thresholds.minimumRise();
        }

        public int declineRisk() {
            return thresholds.declineRisk();
        }

        public int explorationMonths() {
            return thresholds.explorationMonths();
        }

        public int formationMonths() {
            return thresholds.formationMonths();
        }

        public static Policy standard() {
            Map<ChurnSignal, Integer> p = new EnumMap<>(ChurnSignal.class);
            p.put(ChurnSignal.VOLUME_DOWN, 30);
            p.put(ChurnSignal.API_TRAFFIC_DOWN, 15);
            p.put(ChurnSignal.LOGINS_DOWN, 10);
            p.put(ChurnSignal.DISPUTES_UP, 15);
            p.put(ChurnSignal.SLA_BREACHES_UP, 15);
            p.put(ChurnSignal.CONTRACT_ENDING, 25);
            p.put(ChurnSignal.SATISFACTION_LOW, 15);
            return new Policy(90, new BigDecimal("0.25"), new BigDecimal("0.50"), 10, 2, p, 50, 6, 24);
        }
    }

    /** A measure in the recent window and in the one before. */
    public record Window(long recent, long previous) {
        public Window {
            if (recent < 0 || previous < 0) {
                throw new IllegalArgumentException("Counts are not negative");
            }
        }

        /** The change as a fraction of the earlier window (null when it was 0). */
        public BigDecimal change() {
            return previous == 0
                    ? null
                    : BigDecimal.valueOf(recent - previous)
                            .divide(BigDecimal.valueOf(previous), 4, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * What the assessment reads.
     *
     * @param tenureMonths months since the first contract started
     * @param contractEndsOn the last day of the contracts in force (null: open-ended, or none)
     * @param contractInForce whether any contract is in force
     * @param latestSurveyLevel the level of the latest answered survey (null: none)
     */
    public record Facts(
            long tenureMonths,
            Window volume,
            Window apiTraffic,
            Window signIns,
            Window disputes,
            Window slaBreaches,
            boolean contractInForce,
            LocalDate contractEndsOn,
            SatisfactionLevel latestSurveyLevel,
            LocalDate today) {}

    /** One signal checked: whether it fired, on what figures, and the points it adds. */
    public record Check(ChurnSignal signal, boolean fired, Long recent, Long previous, int points, Message detail) {}

    public record Assessment(
            LifecycleStage stage, int churnRisk, RiskLevel riskLevel, List<Check> checks, Message reason) {
        public List<Check> fired() {
            return checks.stream().filter(Check::fired).toList();
        }
    }

    private Lifecycle() {}

    public static Assessment assess(Facts f, Policy policy) {
        List<Check> checks = new ArrayList<>();
        checks.add(drop(ChurnSignal.VOLUME_DOWN, "explain.measure.shipments", f.volume(), policy));
        checks.add(drop(ChurnSignal.API_TRAFFIC_DOWN, "explain.measure.apiTraffic", f.apiTraffic(), policy));
        checks.add(drop(ChurnSignal.LOGINS_DOWN, "explain.measure.signIns", f.signIns(), policy));
        checks.add(rise(ChurnSignal.DISPUTES_UP, "explain.measure.disputes", f.disputes(), policy));
        checks.add(rise(ChurnSignal.SLA_BREACHES_UP, "explain.measure.breaches", f.slaBreaches(), policy));
        LocalDate horizon = f.today().plusDays(policy.windowDays());
        boolean ending = !f.contractInForce()
                || (f.contractEndsOn() != null && f.contractEndsOn().isBefore(horizon));
        checks.add(new Check(
                ChurnSignal.CONTRACT_ENDING,
                ending,
                null,
                null,
                ending ? policy.points().get(ChurnSignal.CONTRACT_ENDING) : 0,
                !f.contractInForce()
                        ? Message.of("explain.contract.none")
                        : f.contractEndsOn() == null
                                ? Message.of("explain.contract.openEnded")
                                : ending
                                        ? Message.of(
                                                "explain.contract.untilWithin",
                                                Message.day(f.contractEndsOn()),
                                                Message.count(policy.windowDays()))
                                        : Message.of("explain.contract.until", Message.day(f.contractEndsOn()))));
        SatisfactionLevel level = f.latestSurveyLevel();
        boolean low = level == SatisfactionLevel.DISSATISFIED || level == SatisfactionLevel.UNMET;
        checks.add(new Check(
                ChurnSignal.SATISFACTION_LOW,
                low,
                null,
                null,
                low ? policy.points().get(ChurnSignal.SATISFACTION_LOW) : 0,
                level == null
                        ? Message.of("explain.survey.none")
                        : Message.of("explain.survey.latest", Message.term("rel.level.", level))));
        int risk = Math.min(100, checks.stream().mapToInt(Check::points).sum());
        RiskLevel riskLevel = risk >= 60 ? RiskLevel.HIGH : risk >= 30 ? RiskLevel.MEDIUM : RiskLevel.LOW;
        LifecycleStage stage;
        Message reason;
        if (risk >= policy.declineRisk()) {
            stage = LifecycleStage.DECLINE;
            reason = Message.of("explain.stage.decline", Message.count(risk), Message.count(policy.declineRisk()));
        } else if (f.tenureMonths() < policy.explorationMonths()) {
            stage = LifecycleStage.EXPLORATION;
            reason = Message.of(
                    "explain.stage.tenureUnder",
                    Message.count(f.tenureMonths()),
                    Message.count(policy.explorationMonths()));
        } else if (f.tenureMonths() < policy.formationMonths()) {
            stage = LifecycleStage.FORMATION;
            reason = Message.of(
                    "explain.stage.tenureUnder",
                    Message.count(f.tenureMonths()),
                    Message.count(policy.formationMonths()));
        } else {
            stage = LifecycleStage.STABILITY;
            reason = Message.of(
                    "explain.stage.stable",
                    Message.count(f.tenureMonths()),
                    Message.count(risk),
                    Message.count(policy.declineRisk()));
        }
        return new Assessment(stage, risk, riskLevel, List.copyOf(checks), reason);
    }

    private static Check drop(ChurnSignal signal, String measure, Window w, Policy p) {
        boolean enough = w.previous() >= p.minimumBase();
        BigDecimal limit = BigDecimal.ONE.subtract(p.dropThreshold()).multiply(BigDecimal.valueOf(w.previous()));
        boolean fired = enough && BigDecimal.valueOf(w.recent()).compareTo(limit) <= 0;
        Message detail = trend(
                measure,
                w,
                p,
                enough
                        ? Message.none()
                        : Message.nested(Message.of("explain.trend.notJudged", Message.count(p.minimumBase()))));
        return new Check(
                signal, fired, w.recent(), w.previous(), fired ? p.points().get(signal) : 0, detail);
    }

    private static Check rise(ChurnSignal signal, String measure, Window w, Policy p) {
        BigDecimal limit = BigDecimal.ONE.add(p.riseThreshold()).multiply(BigDecimal.valueOf(w.previous()));
        boolean fired = w.recent() >= p.minimumRise()
                && w.recent() > w.previous()
                && BigDecimal.valueOf(w.recent()).compareTo(limit) >= 0;
        return new Check(
                signal,
                fired,
                w.recent(),
                w.previous(),
                fired ? p.points().get(signal) : 0,
                trend(measure, w, p, Message.none()));
    }

    /** "shipments: 12 in the last 90 days against 30 before (−60 %)", and what follows. */
    private static Message trend(String measure, Window w, Policy p, Message.Arg after) {
        Message.Arg change = w.change() == null
                ? Message.none()
                : Message.nested(Message.of("explain.trend.change", Message.text(percent(w.change()))));
        return Message.of(
                "explain.trend",
                Message.term(measure),
                Message.count(w.recent()),
                Message.count(p.windowDays()),
                Message.count(w.previous()),
                change,
                after);
    }

    private static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_EVEN);
        return (pct.signum() > 0 ? "+" : pct.signum() < 0 ? "−" : "")
                + pct.abs().toPlainString();
    }
}
