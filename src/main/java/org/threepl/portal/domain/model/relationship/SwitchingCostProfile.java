package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.util.List;
import org.threepl.portal.domain.model.shared.Message;

/**
 * A client's switching-cost profile: each facet, each group and the overall index from 0 to 100, and for every score
 * the contributions that explain it. The points of a score's contributions add up exactly to the score.
 *
 * @param overall the switching-cost index
 * @param overallShares how each group contributed to the index
 */
public record SwitchingCostProfile(
        BigDecimal overall,
        List<Share<SwitchingCostGroup>> overallShares,
        List<GroupScore> groups,
        List<FacetScore> facets) {

    /**
     * One proxy's part in a facet's score: its raw value, its score on the proxy's scale, its configured weight and the
     * points it adds (weight / sum of the weights of the measured proxies × scaled); {@code rawValue} and
     * {@code scaled} are null when nothing was measured, and then it adds nothing.
     */
    public record Contribution(
            Proxy proxy, BigDecimal rawValue, BigDecimal scaled, BigDecimal weight, BigDecimal points, Message scale) {
        public boolean measured() {
            return rawValue != null;
        }
    }

    /** A part (facet or group) in the score above it: its score, weight and points. */
    public record Share<T>(T part, BigDecimal score, BigDecimal weight, BigDecimal points) {}

    public record FacetScore(SwitchingCostFacet facet, BigDecimal score, List<Contribution> contributions) {}

    public record GroupScore(SwitchingCostGroup group, BigDecimal score, List<Share<SwitchingCostFacet>> facets) {}

    public FacetScore facet(SwitchingCostFacet facet) {
        return facets.stream().filter(f -> f.facet() == facet).findFirst().orElseThrow();
    }

    public GroupScore group(SwitchingCostGroup group) {
        return groups.stream().filter(g -> g.group() == group).findFirst().orElseThrow();
    }
}
