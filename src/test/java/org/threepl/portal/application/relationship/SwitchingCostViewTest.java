package org.threepl.portal.application.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.application.relationship.SwitchingCostViews.ContributionView;
import org.threepl.portal.application.relationship.SwitchingCostViews.FacetView;
import org.threepl.portal.application.relationship.SwitchingCostViews.GroupView;
import org.threepl.portal.application.relationship.SwitchingCostViews.ShareView;
import org.threepl.portal.application.relationship.SwitchingCostViews.SwitchingCostView;

/** The headline's reason: the proxy bringing the most to the index once facet and group weights are applied. */
class SwitchingCostViewTest {

    private static ContributionView proxy(String name, String points) {
        return new ContributionView(
                name,
                name,
                "COUNT",
                BigDecimal.ONE,
                new BigDecimal(points),
                BigDecimal.ONE,
                new BigDecimal(points),
                InEnglish.verbatim("linear"),
                true);
    }

    private static ShareView share(String part, String weight) {
        return new ShareView(part, BigDecimal.ZERO, new BigDecimal(weight), BigDecimal.ZERO);
    }

    @Test
    void weightsDecideNotRawPoints() {
        // PROCEDURAL weighs 1 of 4 in the index, FINANCIAL 3 of 4 (its two facets half each): 80 points in SETUP
        // (80 × 1 × 1/4 = 20) lose to 60 in MONETARY_LOSS (60 × 1/2 × 3/4 = 22.5)
        SwitchingCostView view = new SwitchingCostView(
                BigDecimal.TEN,
                List.of(share("PROCEDURAL", "1"), share("FINANCIAL", "3")),
                List.of(
                        new GroupView("PROCEDURAL", BigDecimal.ZERO, List.of(share("SETUP", "1"))),
                        new GroupView(
                                "FINANCIAL",
                                BigDecimal.ZERO,
                                List.of(share("MONETARY_LOSS", "1"), share("BENEFIT_LOSS", "1")))),
                List.of(
                        new FacetView("SETUP", "PROCEDURAL", BigDecimal.ZERO, List.of(proxy("API_CREDENTIALS", "80"))),
                        new FacetView(
                                "MONETARY_LOSS",
                                "FINANCIAL",
                                BigDecimal.ZERO,
                                List.of(proxy("EXIT_FEE", "60"), proxy("REMAINING_FEES", "10"))),
                        new FacetView(
                                "BENEFIT_LOSS", "FINANCIAL", BigDecimal.ZERO, List.of(proxy("TIER_BENEFITS", "30")))));
        assertEquals("EXIT_FEE", view.strongest().map(ContributionView::proxy).orElseThrow());
    }

    @Test
    void nothingWeighedOrScoredHasNoReason() {
        assertEquals(
                Optional.empty(), new SwitchingCostView(BigDecimal.ZERO, List.of(), List.of(), List.of()).strongest());
        SwitchingCostView zero = new SwitchingCostView(
                BigDecimal.ZERO,
                List.of(share("PROCEDURAL", "0")),
                List.of(new GroupView("PROCEDURAL", BigDecimal.ZERO, List.of(share("SETUP", "1")))),
                List.of(new FacetView(
                        "SETUP", "PROCEDURAL", BigDecimal.ZERO, List.of(proxy("API_CREDENTIALS", "80")))));
        assertEquals(Optional.empty(), zero.strongest(), "a group weighing nothing brings nothing");
    }
}
