package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;
import org.threepl.portal.application.relationship.SettingsSection;

/** The settings page's lifecycle form: the trend and stage thresholds, and the points of each churn signal. */
public class LifecycleSettingsForm implements SettingsSectionForms.Section {
    private static final long serialVersionUID = 1L;
    Integer windowDays;
    BigDecimal dropThreshold;
    BigDecimal riseThreshold;
    Integer minimumBase;
    Integer minimumRise;
    Integer declineRisk;
    Integer explorationMonths;
    Integer formationMonths;
    final List<PointsForm> signalPoints = new ArrayList<>();

    @Override
    public SettingsSection section() {
        return SettingsSection.LIFECYCLE;
    }

    @Override
    public void read(Settings s) {
        SettingsDocument.LifecycleSettings l = s.lifecycle();
        windowDays = l.windowDays();
        dropThreshold = l.dropThreshold();
        riseThreshold = l.riseThreshold();
        minimumBase = l.minimumBase();
        minimumRise = l.minimumRise();
        declineRisk = l.declineRisk();
        explorationMonths = l.explorationMonths();
        formationMonths = l.formationMonths();
        signalPoints.clear();
        l.signalPoints().forEach(p -> signalPoints.add(new PointsForm(p.signal(), p.points())));
    }

    SettingsDocument.LifecycleSettings part() {
        return new SettingsDocument.LifecycleSettings(
                windowDays,
                dropThreshold,
                riseThreshold,
                minimumBase,
                minimumRise,
                declineRisk,
                explorationMonths,
                formationMonths,
                signalPoints.stream()
                        .map(p -> new SettingsDocument.SignalPoints(p.signal, p.points))
                        .toList());
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer v) {
        windowDays = v;
    }

    public BigDecimal getDropThreshold() {
        return dropThreshold;
    }

    public void setDropThreshold(BigDecimal v) {
        dropThreshold = v;
    }

    public BigDecimal getRiseThreshold() {
        return riseThreshold;
    }

    public void setRiseThreshold(BigDecimal v) {
        riseThreshold = v;
    }

    public Integer getMinimumBase() {
        return minimumBase;
    }

    public void setMinimumBase(Integer v) {
        minimumBase = v;
    }

    public Integer getMinimumRise() {
        return minimumRise;
    }

    public void setMinimumRise(Integer v) {
        minimumRise = v;
    }

    public Integer getDeclineRisk() {
        return declineRisk;
    }

    public void setDeclineRisk(Integer v) {
        declineRisk = v;
    }

    public Integer getExplorationMonths() {
        return explorationMonths;
    }

    public void setExplorationMonths(Integer v) {
        explorationMonths = v;
    }

    public Integer getFormationMonths() {
        return formationMonths;
    }

    public void setFormationMonths(Integer v) {
        formationMonths = v;
    }

    public List<PointsForm> getSignalPoints() {
        return signalPoints;
    }

    public static class PointsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        final String signal;
        Integer points;

        PointsForm(String signal, Integer points) {
            this.signal = signal;
            this.points = points;
        }

        public String getSignal() {
            return signal;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }
    }
}
