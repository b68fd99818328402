package org.threepl.portal.application.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.dispute.DisputeKind;

class DisputeStatisticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static DisputeRepository.OpenOnDay row(DisputeKind kind, int level, int daysAgo, long count) {
        return new DisputeRepository.OpenOnDay(kind, level, TODAY.minusDays(daysAgo), count);
    }

    @Test
    void openDisputesAreCountedByKindLevelAndAgeBandInTheTablesOrder() {
        List<DisputeStatistics.Statistics.OpenCount> open = DisputeStatistics.open(
                List.of(
                        row(DisputeKind.LOSS_OR_DAMAGE, 0, 200, 1),
                        row(DisputeKind.BILLING, 1, 31, 2),
                        row(DisputeKind.BILLING, 1, 90, 3),
                        row(DisputeKind.BILLING, 0, 0, 4),
                        row(DisputeKind.BILLING, 0, 30, 5),
                        row(DisputeKind.BILLING, 0, 181, 6),
                        row(DisputeKind.BILLING, 0, 180, 7)),
                TODAY);
        assertEquals(
                List.of(
                        new DisputeStatistics.Statistics.OpenCount("BILLING", 0, "0–30 days", 9),
                        new DisputeStatistics.Statistics.OpenCount("BILLING", 0, "91–180 days", 7),
                        new DisputeStatistics.Statistics.OpenCount("BILLING", 0, "over 180 days", 6),
                        new DisputeStatistics.Statistics.OpenCount("BILLING", 1, "31–90 days", 5),
                        new DisputeStatistics.Statistics.OpenCount("LOSS_OR_DAMAGE", 0, "over 180 days", 1)),
                open);
    }

    @Test
    void noOpenDisputesNoLines() {
        assertEquals(List.of(), DisputeStatistics.open(List.of(), TODAY));
    }
}
