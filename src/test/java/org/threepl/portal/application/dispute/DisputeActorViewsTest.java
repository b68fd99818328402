package org.threepl.portal.application.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.dispute.DisputeMessage;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.Side;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.Money;

/** What the API and the pages get to tell a person from an API key on a dispute: the name as before, and the kind. */
class DisputeActorViewsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Dispute stored() {
        DisputeProcedure p =
                DisputeProcedure.standard(1L, 1L, LocalDate.of(2026, 1, 1), DisputeProcedure.TEMPLATE, NOW);
        Dispute d = new Dispute(
                "CL-2026-000001",
                1L,
                p,
                DisputeKind.BILLING,
                Money.of("500.00", "EUR"),
                "Charged twice",
                List.of(),
                null,
                TODAY);
        try {
            Field id = Dispute.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(d, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return d;
    }

    @Test
    void aMessageFromAKeyNamedLikeAPersonSaysItIsAKey() {
        DisputeMessage m =
                new DisputeMessage(stored(), Actor.credential(5, "ops.admin"), Side.PROVIDER, false, "Paid", NOW);
        DisputeThread.MessageView v = DisputeThread.MessageView.of(m);
        assertEquals("ops.admin", v.author());
        assertEquals("CREDENTIAL", v.authorKind());
    }

    @Test
    void anOfferSaysWhetherAPersonOrAKeyMadeIt() {
        Dispute d = stored();
        d.acknowledge(Side.PROVIDER);
        d.investigate(Side.PROVIDER);
        d.offer(Side.PROVIDER, Money.of("300", "EUR"), Actor.user(7, "am.lee"), NOW);
        DisputeView.OfferView v = DisputeView.OfferView.of(d.offers().get(0));
        assertEquals("am.lee", v.madeBy());
        assertEquals("USER", v.madeByKind());
    }

    @Test
    void aMessageWrittenBeforeActorsWereTypedReadsAsLegacy() {
        DisputeMessage m =
                new DisputeMessage(stored(), Actor.stored(null, null, "am.lee"), Side.PROVIDER, true, "Old note", NOW);
        assertEquals("LEGACY", DisputeThread.MessageView.of(m).authorKind());
    }
}
