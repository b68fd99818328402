package org.threepl.portal.domain.model.relationship;

import java.time.LocalDate;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/**
 * The cadence a tier promises: a contact at least every {@code contactDays} and a business review at least every
 * {@code reviewDays}. Counted from the last contact (or review), or, before the first one, from the start of the
 * relationship. The cadence is met while neither is overdue.
 */
public final class ContactCadence {

    private ContactCadence() {}

    /**
     * How the cadence stands on a day.
     *
     * @param contactDueOn the day the next contact is due
     * @param reviewDueOn the day the next business review is due
     */
    public record Assessment(
            LocalDate lastContactOn,
            LocalDate lastReviewOn,
            LocalDate contactDueOn,
            LocalDate reviewDueOn,
            int contactDays,
            int reviewDays,
            LocalDate today) {

        public boolean contactOverdue() {
            return today.isAfter(contactDueOn);
        }

        public boolean reviewOverdue() {
            return today.isAfter(reviewDueOn);
        }

        public boolean met() {
            return !contactOverdue() && !reviewOverdue();
        }

        /** Where the contact and the business-review cadence stand, in words. */
        public Message summary() {
            Message contact = lastContactOn == null
                    ? Message.of(
                            "explain.cadence.noContact",
                            Message.day(contactDueOn),
                            overdue(contactOverdue()),
                            Message.count(contactDays))
                    : Message.of(
                            "explain.cadence.contact",
                            Message.day(lastContactOn),
                            Message.day(contactDueOn),
                            overdue(contactOverdue()),
                            Message.count(contactDays));
            Message review = lastReviewOn == null
                    ? Message.of(
                            "explain.cadence.noReview",
                            Message.day(reviewDueOn),
                            overdue(reviewOverdue()),
                            Message.count(reviewDays))
                    : Message.of(
                            "explain.cadence.review",
                            Message.day(lastReviewOn),
                            Message.day(reviewDueOn),
                            overdue(reviewOverdue()),
                            Message.count(reviewDays));
            return Message.of("explain.list", Message.nested(contact), Message.nested(review));
        }

        private static Message.Arg overdue(boolean overdue) {
            return overdue ? Message.nested(Message.of("explain.overdue")) : Message.none();
        }
    }

    public static Assessment assess(
            LocalDate lastContactOn,
            LocalDate lastReviewOn,
            LocalDate relationshipStart,
            int contactDays,
            int reviewDays,
            LocalDate today) {
        Objects.requireNonNull(relationshipStart, "relationshipStart");
        Objects.requireNonNull(today, "today");
        if (contactDays <= 0 || reviewDays <= 0) {
            throw new IllegalArgumentException("Cadences are positive numbers of days");
        }
        LocalDate contactFrom = lastContactOn == null ? relationshipStart : lastContactOn;
        LocalDate reviewFrom = lastReviewOn == null ? relationshipStart : lastReviewOn;
        return new Assessment(
                lastContactOn,
                lastReviewOn,
                contactFrom.plusDays(contactDays),
                reviewFrom.plusDays(reviewDays),
                contactDays,
                reviewDays,
                today);
    }
}
