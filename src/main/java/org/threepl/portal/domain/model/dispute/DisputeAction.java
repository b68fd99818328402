package org.threepl.portal.domain.model.dispute;

import java.util.EnumSet;
import java.util.Set;
import org.threepl.portal.domain.model.shared.Enums;

/**
 * What a line of a dispute's record did: the filing, an evidence file attached, or one of the steps a side takes
 * ({@link #isStep()}). Stored by its name in {@code dispute_record.action}.
 */
public enum DisputeAction {
    FILE,
    ATTACH,
    ACKNOWLEDGE,
    INVESTIGATE,
    OFFER,
    ACCEPT_OFFER,
    REJECT_OFFER,
    REJECT,
    CLOSE,
    WITHDRAW,
    ESCALATE,
    REOPEN;

    /** The steps a side can ask for (every action but the filing and an attachment, which have their own use cases). */
    public static final Set<DisputeAction> STEPS =
            java.util.Collections.unmodifiableSet(EnumSet.range(ACKNOWLEDGE, REOPEN));

    /** The steps that decide the outcome: at each ladder level only the 3PL roles the level names take them. */
    public static final Set<DisputeAction> DECIDING =
            java.util.Collections.unmodifiableSet(EnumSet.of(OFFER, ACCEPT_OFFER, REJECT_OFFER, REJECT));

    public boolean isStep() {
        return STEPS.contains(this);
    }

    public boolean decides() {
        return DECIDING.contains(this);
    }

    /**
     * The step {@code text} names (any case); a {@code DomainRuleViolation} on "action" naming the allowed steps
     * otherwise.
     */
    public static DisputeAction step(String text) {
        return Enums.parse(DisputeAction.class, "action", text, STEPS);
    }
}
