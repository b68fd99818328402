package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Ranks clients by value into segments. The rules:
 *
 * <ol>
 *   <li>Clients are ranked by value, highest first; equal values share a rank, the rank of the first of them (1, 2, 2,
 *       4: "competition ranking").
 *   <li>With N clients ranked, the VIP segment holds ranks up to ⌈vipShare × N⌉, MAJOR up to ⌈majorShare × N⌉, ORDINARY
 *       up to ⌈ordinaryShare × N⌉ (the shares are cumulative: 1 %, 5 %, 20 % by default); the rest are SMALL. Rounding
 *       up means the most valuable client is always a VIP, even among three (1 % of 3 is 0.03, rounded up to 1), while
 *       MAJOR and ORDINARY stay empty until there are enough clients for them (⌈5 % × 3⌉ = 1, already taken).
 *   <li>Ties are never split: clients sharing a rank share the segment that rank falls in, so a segment may hold more
 *       clients than its share when they tie at its boundary.
 *   <li>A client without positive value (no revenue, or a loss on a margin basis) is SMALL whatever its rank.
 * </ol>
 *
 * The cut-offs are computed in decimal arithmetic, so 5 % of 100 clients is exactly 5.
 */
public final class ValueSegmentation {

    /** The cumulative shares of clients in VIP, VIP + MAJOR and VIP + MAJOR + ORDINARY. */
    @Embeddable
    public record Thresholds(BigDecimal vipShare, BigDecimal majorShare, BigDecimal ordinaryShare) {
        public Thresholds {
            SettingsRules.required("segments.vipShare", vipShare);
            SettingsRules.required("segments.majorShare", majorShare);
            SettingsRules.required("segments.ordinaryShare", ordinaryShare);
            rising(
                    "segments.vipShare",
                    vipShare.signum() > 0 && vipShare.compareTo(majorShare) <= 0,
                    vipShare,
                    majorShare,
                    ordinaryShare);
            rising(
                    "segments.majorShare",
                    majorShare.compareTo(ordinaryShare) <= 0,
                    vipShare,
                    majorShare,
                    ordinaryShare);
            rising(
                    "segments.ordinaryShare",
                    ordinaryShare.compareTo(BigDecimal.ONE) <= 0,
                    vipShare,
                    majorShare,
                    ordinaryShare);
        }

        /** The shares rise; one out of order is refused at its own field, with the three named. */
        private static void rising(
                String field, boolean inOrder, BigDecimal vip, BigDecimal major, BigDecimal ordinary) {
            SettingsRules.rule(
                    field,
                    inOrder,
                    "rule.settings.segments.rising",
                    "Segment shares must rise: 0 < VIP ≤ major ≤ ordinary ≤ 1 (cumulative shares of clients), got "
                            + "{0}, {1}, {2}",
                    vip.toPlainString(),
                    major.toPlainString(),
                    ordinary.toPlainString());
        }

        public static Thresholds standard() {
            return new Thresholds(new BigDecimal("0.01"), new BigDecimal("0.05"), new BigDecimal("0.20"));
        }
    }

    /** A client's value to be ranked. */
    public record ClientValue(Long organisationId, BigDecimal value) {
        public ClientValue {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Where a client landed: its rank among N, the segment, and why. */
    public record Placement(
            Long organisationId, BigDecimal value, int rank, int clients, ValueSegment segment, Message reason) {}

    private ValueSegmentation() {}

    /** Cut-off rank of a cumulative share among {@code n} clients: ⌈share × n⌉. */
    static int cutoff(BigDecimal share, int n) {
        return share.multiply(BigDecimal.valueOf(n))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** Every client placed, in rank order (ties by organisation id, for a stable order). */
    public static List<Placement> place(List<ClientValue> clients, Thresholds t) {
        Objects.requireNonNull(t, "thresholds");
        List<ClientValue> sorted = new ArrayList<>(clients);
        sorted.sort(Comparator.comparing(ClientValue::value).reversed().thenComparing(ClientValue::organisationId));
        int n = sorted.size();
        int vip = cutoff(t.vipShare(), n);
        int major = cutoff(t.majorShare(), n);
        int ordinary = cutoff(t.ordinaryShare(), n);
        List<Placement> placed = new ArrayList<>(n);
        int rank = 0;
        for (int i = 0; i < n; i++) {
            ClientValue c = sorted.get(i);
            if (i == 0 || c.value().compareTo(sorted.get(i - 1).value()) != 0) {
                rank = i + 1;
            }
            ValueSegment segment;
            Message reason;
            if (c.value().signum() <= 0) {
                segment = ValueSegment.SMALL;
                reason = Message.of("explain.segment.none");
            } else {
                segment = rank <= vip
                        ? ValueSegment.VIP
                        : rank <= major
                                ? ValueSegment.MAJOR
                                : rank <= ordinary ? ValueSegment.ORDINARY : ValueSegment.SMALL;
                reason = Message.of(
                        "explain.segment.rank",
                        Message.count(rank),
                        Message.count(n),
                        Message.count(vip),
                        Message.count(major),
                        Message.count(ordinary));
            }
            placed.add(new Placement(c.organisationId(), c.value(), rank, n, segment, reason));
        }
        return placed;
    }
}
