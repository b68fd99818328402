package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The relationship settings as one document, the shape of the API's {@code /relationship/settings}: one record per
 * section. Kept apart from the domain's policies because the document must carry what they refuse to hold (a number
 * left out, a key that cannot be read), so that such a value is refused by its field's name rather than at parsing.
 */
public final class SettingsDocument {

    private SettingsDocument() {}

    public record Segments(BigDecimal vipShare, BigDecimal majorShare, BigDecimal ordinaryShare) {}

    public record LifetimeSettings(
            BigDecimal defaultAnnualChurn,
            Integer minimumClientsForHistory,
            Integer floorMonths,
            Integer capMonths,
            BigDecimal annualDiscountRate) {}

    public record SatisfactionSettings(
            BigDecimal surveyWeight,
            BigDecimal slaWeight,
            BigDecimal tolerance,
            BigDecimal slaTolerance,
            Integer surveyHalfLifeDays) {}

    public record SignalPoints(String signal, Integer points) {}

    public record LifecycleSettings(
            Integer windowDays,
            BigDecimal dropThreshold,
            BigDecimal riseThreshold,
            Integer minimumBase,
            Integer minimumRise,
            Integer declineRisk,
            Integer explorationMonths,
            Integer formationMonths,
            List<SignalPoints> signalPoints) {}

    /** A proxy's weight and scale; {@code facet} and {@code description} are for reading (ignored when sent). */
    public record ProxySetting(
            String proxy,
            String facet,
            String description,
            BigDecimal weight,
            String scale,
            BigDecimal zeroAt,
            BigDecimal referenceAt) {}

    public record Weight(String name, BigDecimal weight) {}

    public record Rate(String currency, BigDecimal rate) {}

    /** A tier; the entry rules left empty (null) do not apply. */
    public record TierSetting(
            String code,
            String name,
            Integer rank,
            String minSegment,
            BigDecimal minSwitchingCost,
            Integer minBonds,
            boolean structuralBondRequired,
            BigDecimal minSlaPerformance,
            BigDecimal minSatisfaction,
            boolean dedicatedAccountManager,
            Integer reviewCadenceDays,
            Integer contactCadenceDays,
            Integer disputePriority,
            boolean customReports,
            BigDecimal priceIncentivePercent) {}

    /**
     * How a client keeps its tier through a weak spell: a shortfall within {@code holdMargin} (a share of each failed
     * rule's requirement) does not count, a larger one only after {@code downgradeAfterDays}.
     */
    public record TierStability(BigDecimal holdMargin, Integer downgradeAfterDays) {}

    /**
     * Every setting, as read and as sent back (updatedBy, updatedAt and version are for reading). One record per
     * section, the shape of the API's document; a whole number left out is refused as required, naming its field (never
     * a stand-in value). Read into the domain's policies by {@link SettingsConversion}, in one place.
     */
    public record Settings(
            String reportingCurrency,
            String valueBasis,
            Integer valuePeriodMonths,
            BigDecimal defaultMarginRate,
            boolean contractFeeFallback,
            Integer openEndedRemainingMonths,
            Segments segments,
            LifetimeSettings lifetime,
            SatisfactionSettings satisfaction,
            LifecycleSettings lifecycle,
            Integer reviewReminderDays,
            Integer contactReminderDays,
            List<ProxySetting> proxies,
            List<Weight> facets,
            List<Weight> groups,
            List<Rate> exchangeRates,
            List<TierSetting> tiers,
            TierStability tierStability,
            String updatedBy,
            Instant updatedAt,
            Integer version) {}
}
