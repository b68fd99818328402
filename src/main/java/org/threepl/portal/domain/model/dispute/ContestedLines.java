package org.threepl.portal.domain.model.dispute;

import java.util.Objects;
import java.util.Set;
import org.threepl.portal.domain.model.shared.Money;

/**
 * The invoice lines a dispute contests (the client's own, found by the application) and their total in the invoices'
 * one currency: a billing dispute claims at most that total.
 */
public record ContestedLines(Set<Long> ids, Money total) {

    private static final ContestedLines NONE = new ContestedLines(Set.of(), null);

    public ContestedLines {
        ids = Set.copyOf(Objects.requireNonNull(ids, "ids"));
        if (!ids.isEmpty()) {
            Objects.requireNonNull(total, "The total of the contested lines is required");
        }
    }

    public static ContestedLines none() {
        return NONE;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}
