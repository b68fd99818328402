package org.threepl.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aKeyNamedLikeAPersonIsNotThatPerson() {
        Actor person = Actor.user(7, "ops.admin");
        Actor key = Actor.credential(7, "ops.admin");
        assertFalse(person.sameAs(key));
        assertFalse(key.sameAs(person));
        assertTrue(person.sameAs(Actor.user(7, "renamed")));
    }

    @Test
    void legacyAndSystemActorsAreNeverTheSameAsAnyone() {
        Actor legacy = Actor.stored(null, null, "am.lee");
        assertEquals(Actor.Kind.LEGACY, legacy.kind());
        assertFalse(legacy.sameAs(Actor.stored(null, null, "am.lee")));
        assertFalse(Actor.system("escalation").sameAs(Actor.system("escalation")));
    }

    @Test
    void messagesToPeopleMarkAKeyAsAKey() {
        assertEquals(
                "API key \u201cops.admin\u201d",
                Actor.credential(7, "ops.admin").describe());
        assertEquals("ops.admin", Actor.user(7, "ops.admin").describe());
        assertEquals("the portal (system)", Actor.system("system").describe());
        assertEquals("am.lee", Actor.stored(null, null, "am.lee").describe());
    }

    @Test
    void usersAndCredentialsNeedTheirIdAndEveryActorAName() {
        assertThrows(IllegalArgumentException.class, () -> Actor.stored(Actor.Kind.USER, null, "x"));
        assertThrows(IllegalArgumentException.class, () -> Actor.user(1, " "));
        assertEquals(150, Actor.user(1, "n".repeat(400)).name().length());
        assertEquals("am.lee", Actor.user(1, "  am.lee ").name());
    }
}
