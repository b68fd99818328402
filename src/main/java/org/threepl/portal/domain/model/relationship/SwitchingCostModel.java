package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns measured proxies into a {@link SwitchingCostProfile}. Three weighted means, each explained:
 *
 * <ol>
 *   <li>a facet's score is the weighted mean of the scaled scores of its measured proxies (a proxy with no data is left
 *       out of the mean, and says so);
 *   <li>a group's score is the weighted mean of its facets' scores;
 *   <li>the switching-cost index is the weighted mean of the three groups' scores.
 * </ol>
 *
 * Weights are non-negative (0 switches a part off); each facet, each group and the index need at least one positive
 * weight. Nothing else goes into a score: the configuration is all there is.
 */
public final class SwitchingCostModel {

    /** A proxy's weight in its facet and the scale that scores it. */
    @Embeddable
    public record ProxyWeighting(BigDecimal weight, ProxyScale scale) {
        public ProxyWeighting {
            requireWeight(weight, "weight");
            SettingsRules.required("scale", scale);
        }
    }

    private final Map<Proxy, ProxyWeighting> proxies;
    private final Map<SwitchingCostFacet, BigDecimal> facetWeights;
    private final Map<SwitchingCostGroup, BigDecimal> groupWeights;

    public SwitchingCostModel(
            Map<Proxy, ProxyWeighting> proxies,
            Map<SwitchingCostFacet, BigDecimal> facetWeights,
            Map<SwitchingCostGroup, BigDecimal> groupWeights) {
        this.proxies = Collections.unmodifiableMap(complete(proxies, Proxy.values(), "proxies"));
        this.facetWeights = Collections.unmodifiableMap(complete(facetWeights, SwitchingCostFacet.values(), "facets"));
        this.groupWeights = Collections.unmodifiableMap(complete(groupWeights, SwitchingCostGroup.values(), "groups"));
        this.facetWeights.forEach((f, w) -> requireWeight(w, "facets." + f + ".weight"));
        this.groupWeights.forEach((g, w) -> requireWeight(w, "groups." + g + ".weight"));
        for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
            SettingsRules.rule(
                    "proxies",
                    !Proxy.of(f).stream()
                            .allMatch(p -> this.proxies.get(p).weight().signum() == 0),
                    "rule.settings.facet.noPositiveProxy",
                    "The facet {0} needs at least one proxy with a positive weight",
                    f.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        for (SwitchingCostGroup g : SwitchingCostGroup.values()) {
            SettingsRules.rule(
                    "facets",
                    !SwitchingCostFacet.of(g).stream()
                            .allMatch(f -> this.facetWeights.get(f).signum() == 0),
                    "rule.settings.group.noPositiveFacet",
                    "The group {0} needs at least one facet with a positive weight",
                    g.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        SettingsRules.rule(
                "groups",
                !this.groupWeights.values().stream().allMatch(w -> w.signum() == 0),
                "rule.settings.index.noPositiveGroup",
                "The switching-cost index needs at least one group with a positive weight");
    }

    public SwitchingCostProfile profile(MeasuredSignals signals) {
        Objects.requireNonNull(signals, "signals");
        List<SwitchingCostProfile.FacetScore> facets = new ArrayList<>();
        Map<SwitchingCostFacet, BigDecimal> facetScores = new EnumMap<>(SwitchingCostFacet.class);
        for (SwitchingCostFacet facet : SwitchingCostFacet.values()) {
            SwitchingCostProfile.FacetScore score = facetScore(facet, signals);
            facets.add(score);
            facetScores.put(facet, score.score());
        }
        List<SwitchingCostProfile.GroupScore> groups = new ArrayList<>();
        Map<SwitchingCostGroup, BigDecimal> groupScores = new EnumMap<>(SwitchingCostGroup.class);
        for (SwitchingCostGroup group : SwitchingCostGroup.values()) {
            List<SwitchingCostProfile.Share<SwitchingCostFacet>> shares =
                    shares(SwitchingCostFacet.of(group), facetScores::get, facetWeights::get);
            BigDecimal score = sum(shares);
            groups.add(new SwitchingCostProfile.GroupScore(group, score, shares));
            groupScores.put(group, score);
        }
        List<SwitchingCostProfile.Share<SwitchingCostGroup>> overall =
                shares(List.of(SwitchingCostGroup.values()), groupScores::get, groupWeights::get);
        return new SwitchingCostProfile(sum(overall), overall, groups, facets);
    }

    private SwitchingCostProfile.FacetScore facetScore(SwitchingCostFacet facet, MeasuredSignals signals) {
        List<Proxy> inFacet = Proxy.of(facet);
        BigDecimal measuredWeight = inFacet.stream()
                .filter(p -> signals.value(p).isPresent())
                .map(p -> proxies.get(p).weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> exact = new ArrayList<>();
        List<BigDecimal> scaled = new ArrayList<>();
        for (Proxy p : inFacet) {
            ProxyWeighting w = proxies.get(p);
            BigDecimal s = w.scale().score(signals.value(p).orElse(null));
            scaled.add(s);
            exact.add(
                    s == null || measuredWeight.signum() == 0
                            ? BigDecimal.ZERO
                            : s.multiply(w.weight()).divide(measuredWeight, 10, RoundingMode.HALF_EVEN));
        }
        List<BigDecimal> points = Apportion.round(exact);
        List<SwitchingCostProfile.Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < inFacet.size(); i++) {
            Proxy p = inFacet.get(i);
            contributions.add(new SwitchingCostProfile.Contribution(
                    p,
                    signals.value(p).orElse(null),
                    scaled.get(i),
                    proxies.get(p).weight(),
                    points.get(i),
                    proxies.get(p).scale().describe()));
        }
        return new SwitchingCostProfile.FacetScore(
                facet, points.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add), contributions);
    }

    private static <T> List<SwitchingCostProfile.Share<T>> shares(
            List<T> parts, Function<T, BigDecimal> score, Function<T, BigDecimal> weight) {
        BigDecimal total = parts.stream().map(weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> exact = parts.stream()
                .map(p -> score.apply(p).multiply(weight.apply(p)).divide(total, 10, RoundingMode.HALF_EVEN))
                .toList();
        List<BigDecimal> points = Apportion.round(exact);
        List<SwitchingCostProfile.Share<T>> shares = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shares.add(new SwitchingCostProfile.Share<>(
                    parts.get(i), score.apply(parts.get(i)), weight.apply(parts.get(i)), points.get(i)));
        }
        return shares;
    }

    private static <T> BigDecimal sum(List<SwitchingCostProfile.Share<T>> shares) {
        return shares.stream()
                .map(SwitchingCostProfile.Share::points)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Every key configured: a missing one is named by the one scheme ({@code proxies.EXIT_FEE}). */
    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> given, K[] all, String section) {
        SettingsRules.required(section, given);
        Map<K, V> copy = new java.util.LinkedHashMap<>();
        for (K k : all) {
            V v = given.get(k);
            SettingsRules.rule(
                    section + "." + k,
                    v != null,
                    "rule.settings.weight.missing",
                    "No weight is configured for {0}",
                    k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            copy.put(k, v);
        }
        return copy;
    }

    static void requireWeight(BigDecimal weight, String field) {
        SettingsRules.rule(
                field,
                weight != null && weight.signum() >= 0 && weight.compareTo(BigDecimal.valueOf(1000)) <= 0,
                "rule.settings.weight.range",
                "A weight is a number from 0 to 1000");
    }

    public Map<Proxy, ProxyWeighting> proxies() {
        return proxies;
    }

    public Map<SwitchingCostFacet, BigDecimal> facetWeights() {
        return facetWeights;
    }

    public Map<SwitchingCostGroup, BigDecimal> groupWeights() {
        return groupWeights;
    }
}
