package org.threepl.portal.domain.model.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class DisputeActionTest {

    @Test
    void aStepIsReadInAnyCase() {
        assertEquals(DisputeAction.ACCEPT_OFFER, DisputeAction.step(" accept_offer "));
        for (DisputeAction a : DisputeAction.STEPS) {
            assertEquals(a, DisputeAction.step(a.name()));
        }
    }

    @Test
    void anUnknownStepOrTheFilingIsRefusedNamingTheAllowedSteps() {
        for (String text : new String[] {"GOSSIP", "FILE", "attach", "", null}) {
            DomainRuleViolation e =
                    assertThrows(DomainRuleViolation.class, () -> DisputeAction.step(text), String.valueOf(text));
            assertEquals("action", e.field());
            assertTrue(
                    e.getMessage()
                            .contains("ACKNOWLEDGE, INVESTIGATE, OFFER, ACCEPT_OFFER, REJECT_OFFER, REJECT, "
                                    + "CLOSE, WITHDRAW, ESCALATE, REOPEN"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("FILE,"), e.getMessage());
        }
    }

    @Test
    void theStoredNamesStayTheColumnsValues() {
        assertEquals(EnumSet.complementOf(EnumSet.of(DisputeAction.FILE, DisputeAction.ATTACH)), DisputeAction.STEPS);
        assertEquals("ACCEPT_OFFER", DisputeAction.ACCEPT_OFFER.name());
        assertTrue(DisputeAction.STEPS.containsAll(DisputeAction.DECIDING));
    }
}
