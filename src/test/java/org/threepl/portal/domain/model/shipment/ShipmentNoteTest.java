package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.shipment.NoteView;
import org.threepl.portal.domain.model.shared.Actor;

class ShipmentNoteTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aNoteSaysWhetherAPersonOrAKeyWroteIt() {
        ShipmentNote byKey = new ShipmentNote(
                ShipmentTest.newShipment(),
                Actor.credential(3, "acme.admin"),
                ShipmentNote.Side.CLIENT,
                " Dock 4 only ",
                NOW);
        NoteView v = NoteView.of(byKey);
        assertEquals("acme.admin", v.author(), "the name it had, as before");
        assertEquals("CREDENTIAL", v.authorKind(), "a key named like the client's admin is not the admin");
        assertEquals("Dock 4 only", v.text());
        assertEquals(
                "USER",
                NoteView.of(new ShipmentNote(
                                ShipmentTest.newShipment(),
                                Actor.user(3, "acme.admin"),
                                ShipmentNote.Side.CLIENT,
                                "x",
                                NOW))
                        .authorKind());
        assertThrows(
                NullPointerException.class,
                () -> new ShipmentNote(ShipmentTest.newShipment(), null, ShipmentNote.Side.CLIENT, "x", NOW));
    }
}
