package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/** Which retention bonds are in place for a client, each with the evidence for or against it. */
public record RetentionBonds(List<Status> bonds) {

    /** One bond: in place or not, and why. */
    public record Status(Bond bond, boolean inPlace, Message evidence) {
        public Bond.Type type() {
            return bond.type();
        }
    }

    /**
     * The facts the bonds are judged on.
     *
     * @param tierPriceIncentivePercent the current tier's price incentive
     * @param volumeDiscountPercent a recorded volume discount (null: none recorded)
     * @param accountManagers the names of the client's account managers
     * @param cadence how the contact and review cadence stands (null: not assessed)
     * @param credentialsUsedLast30Days API keys of the client used within the last 30 days
     * @param slaPromises customised SLA promises in force
     * @param disputeProcedures dispute procedures agreed for the client's contracts
     * @param dedicatedAssets what is dedicated to the client (recorded; null or blank: nothing)
     */
    public record Facts(
            BigDecimal tierPriceIncentivePercent,
            BigDecimal volumeDiscountPercent,
            List<String> accountManagers,
            ContactCadence.Assessment cadence,
            long credentialsUsedLast30Days,
            long slaPromises,
            long disputeProcedures,
            String dedicatedAssets) {
        public Facts {
            accountManagers = List.copyOf(Objects.requireNonNullElse(accountManagers, List.of()));
        }
    }

    public static RetentionBonds assess(Facts f) {
        List<Status> s = new ArrayList<>();
        BigDecimal incentive = f.tierPriceIncentivePercent() == null ? BigDecimal.ZERO : f.tierPriceIncentivePercent();
        s.add(new Status(
                Bond.PRICE_INCENTIVE,
                incentive.signum() > 0,
                incentive.signum() > 0
                        ? Message.of("explain.bond.priceIncentive", Message.count(incentive))
                        : Message.of("explain.bond.noPriceIncentive")));
        BigDecimal discount = f.volumeDiscountPercent() == null ? BigDecimal.ZERO : f.volumeDiscountPercent();
        s.add(new Status(
                Bond.VOLUME_DISCOUNT,
                discount.signum() > 0,
                discount.signum() > 0
                        ? Message.of("explain.bond.volumeDiscount", Message.count(discount))
                        : Message.of("explain.bond.noVolumeDiscount")));
        s.add(new Status(
                Bond.DEDICATED_ACCOUNT_MANAGER,
                !f.accountManagers().isEmpty(),
                f.accountManagers().isEmpty()
                        ? Message.of("explain.bond.noAccountManager")
                        : Message.of(
                                "explain.bond.lookedAfterBy",
                                Message.text(bounded(String.join(", ", f.accountManagers()))))));
        ContactCadence.Assessment c = f.cadence();
        s.add(new Status(
                Bond.CONTACT_CADENCE_MET,
                c != null && c.met(),
                c == null ? Message.of("explain.bond.noCadence") : c.summary()));
        s.add(new Status(
                Bond.SYSTEM_INTEGRATION,
                f.credentialsUsedLast30Days() > 0,
                f.credentialsUsedLast30Days() > 0
                        ? Message.of("explain.bond.keysUsed", Message.count(f.credentialsUsedLast30Days()))
                        : Message.of("explain.bond.noKeysUsed")));
        boolean custom = f.slaPromises() > 0 || f.disputeProcedures() > 0;
        s.add(new Status(
                Bond.CUSTOM_PROCESSES,
                custom,
                custom
                        ? Message.of(
                                "explain.bond.customProcesses",
                                Message.count(f.slaPromises()),
                                Message.count(f.disputeProcedures()))
                        : Message.of("explain.bond.noCustomProcesses")));
        boolean assets = f.dedicatedAssets() != null && !f.dedicatedAssets().isBlank();
        // what staff wrote is shown as written, in any language
        s.add(new Status(
                Bond.DEDICATED_ASSETS,
                assets,
                assets
                        ? Message.of(
                                "explain.verbatim",
                                Message.text(bounded(f.dedicatedAssets().strip())))
                        : Message.of("explain.bond.nothingDedicated")));
        return new RetentionBonds(List.copyOf(s));
    }

    public long inPlace() {
        return bonds.stream().filter(Status::inPlace).count();
    }

    public boolean hasInPlace(Bond.Type type) {
        return bonds.stream().anyMatch(b -> b.inPlace() && b.type() == type);
    }

    public boolean has(Bond bond) {
        return bonds.stream().anyMatch(b -> b.bond() == bond && b.inPlace());
    }

    /** A name list or a note as evidence: long enough to read, short enough to store with its explanation. */
    private static String bounded(String text) {
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
