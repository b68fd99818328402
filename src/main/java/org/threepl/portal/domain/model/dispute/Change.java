package org.threepl.portal.domain.model.dispute;

import java.math.BigDecimal;

/**
 * What one step did to a dispute, for its record: the action, the states before and after, an amount, the level, a
 * note.
 */
public record Change(
        DisputeAction action, DisputeState from, DisputeState to, BigDecimal amount, int level, String note) {}
