package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.util.List;
import org.threepl.portal.domain.model.relationship.ContributionLine;
import org.threepl.portal.domain.model.relationship.Proxy;
import org.threepl.portal.domain.model.shared.Message;

/** The switching-cost index explained for the 3PL's staff: every score, each with the contributions that make it. */
public final class SwitchingCostViews {

    private SwitchingCostViews() {}

    public record ContributionView(
            String proxy,
            String description,
            String unit,
            BigDecimal rawValue,
            BigDecimal scaled,
            BigDecimal weight,
            BigDecimal points,
            Message scale,
            boolean measured) {
        static ContributionView of(ContributionLine c) {
            Proxy p = Proxy.named(c.part()).orElse(null);
            return new ContributionView(
                    c.part(),
                    p == null ? "no longer measured: the next computation leaves it out" : p.description(),
                    p == null
                            ? Proxy.RETIRED
                                    .getOrDefault(c.part(), Proxy.Unit.COUNT)
                                    .name()
                            : p.unit().name(),
                    c.rawValue(),
                    c.scaled(),
                    c.weight(),
                    c.points(),
                    c.note(),
                    c.rawValue() != null);
        }
    }

    public record FacetView(String facet, String group, BigDecimal score, List<ContributionView> contributions) {}

    public record ShareView(String part, BigDecimal score, BigDecimal weight, BigDecimal points) {
        static ShareView of(ContributionLine c) {
            return new ShareView(c.part(), c.scaled(), c.weight(), c.points());
        }
    }

    public record GroupView(String group, BigDecimal score, List<ShareView> facets) {

        /** A facet's share in this group (its weight and the points it brings); null if the group has no such facet. */
        public ShareView share(String facet) {
            return facets.stream()
                    .filter(s -> s.part().equals(facet))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The switching-cost index and every score below it, each with the contributions that explain it. */
    public record SwitchingCostView(
            BigDecimal index, List<ShareView> groupsInIndex, List<GroupView> groups, List<FacetView> facets) {

        /** The facets of a group, in the model's order. */
        public List<FacetView> facetsOf(String group) {
            return facets.stream().filter(f -> f.group().equals(group)).toList();
        }

        /** A group's share in the index (its weight and the points it brings); null if the index has no such group. */
        public ShareView share(String group) {
            return groupsInIndex.stream()
                    .filter(s -> s.part().equals(group))
                    .findFirst()
                    .orElse(null);
        }

        /**
         * The proxy that brings the most to the index (the headline's reason): its points in its facet times the
         * facet's share of its group's weights times the group's share of the index's weights.
         */
        public java.util.Optional<ContributionView> strongest() {
            BigDecimal groupWeights = weights(groupsInIndex);
            ContributionView best = null;
            BigDecimal bestPoints = BigDecimal.ZERO;
            for (GroupView g : groups) {
                ShareView inIndex = share(g.group());
                BigDecimal facetWeights = weights(g.facets());
                if (inIndex == null || groupWeights.signum() == 0 || facetWeights.signum() == 0) {
                    continue;
                }
                for (FacetView f : facets) {
                    ShareView inGroup = f.group().equals(g.group()) ? g.share(f.facet()) : null;
                    if (inGroup == null) {
                        continue;
                    }
                    BigDecimal share = inGroup.weight()
                            .multiply(inIndex.weight())
                            .divide(facetWeights.multiply(groupWeights), 10, java.math.RoundingMode.HALF_EVEN);
                    for (ContributionView c : f.contributions()) {
                        BigDecimal p = c.points().multiply(share);
                        if (p.compareTo(bestPoints) > 0) {
                            bestPoints = p;
                            best = c;
                        }
                    }
                }
            }
            return java.util.Optional.ofNullable(best);
        }

        private static BigDecimal weights(List<ShareView> shares) {
            return shares.stream().map(ShareView::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
