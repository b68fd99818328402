package org.threepl.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The one reader of enum input: every "unknown …; allowed: …" refusal in the portal is this one. */
class EnumsTest {

    enum Colour {
        RED,
        GREEN,
        BLUE
    }

    @Test
    void readsAnyCaseWithSurroundingSpace() {
        assertEquals(Colour.GREEN, Enums.parse(Colour.class, "colour", "  green "));
        assertEquals(Colour.RED, Enums.parse(Colour.class, "colour", "Red"));
    }

    @Test
    void anUnknownValueNamesTheFieldAndTheAllowedValues() {
        DomainRuleViolation e =
                assertThrows(DomainRuleViolation.class, () -> Enums.parse(Colour.class, "colour", "purple"));
        assertEquals("colour", e.field());
        assertEquals("Unknown colour 'purple'; allowed: RED, GREEN, BLUE", e.getMessage());
    }

    @Test
    void aMissingValueIsRequiredNamingTheAllowedValues() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> Enums.parse(Colour.class, "colour", " "));
        assertEquals("colour", e.field());
        assertEquals("A value is required; allowed: RED, GREEN, BLUE", e.getMessage());
        assertThrows(DomainRuleViolation.class, () -> Enums.parse(Colour.class, "colour", null));
    }

    @Test
    void onlyTheAllowedSubsetIsAcceptedAndListed() {
        DomainRuleViolation e = assertThrows(
                DomainRuleViolation.class,
                () -> Enums.parse(Colour.class, "colour", "blue", EnumSet.of(Colour.RED, Colour.GREEN)));
        assertEquals("Unknown colour 'blue'; allowed: RED, GREEN", e.getMessage());
    }

    @Test
    void aLongValueIsShortenedInTheMessage() {
        DomainRuleViolation e =
                assertThrows(DomainRuleViolation.class, () -> Enums.parse(Colour.class, "colour", "x".repeat(500)));
        assertEquals("Unknown colour '" + "x".repeat(40) + "…'; allowed: RED, GREEN, BLUE", e.getMessage());
    }

    @Test
    void anOptionalValueLeftOutIsNull() {
        assertNull(Enums.parseOptional(Colour.class, "colour", null));
        assertNull(Enums.parseOptional(Colour.class, "colour", ""));
        assertEquals(Colour.BLUE, Enums.parseOptional(Colour.class, "colour", "BLUE"));
        assertThrows(DomainRuleViolation.class, () -> Enums.parseOptional(Colour.class, "colour", "pink"));
    }

    @Test
    void aGatheringCheckGetsTheSameRefusalAsAProblemWordedWithItsNoun() {
        java.util.List<DomainRuleViolation.Problem> problems = new java.util.ArrayList<>();
        assertEquals(
                java.util.Optional.of(Colour.BLUE),
                Enums.parseInto(Colour.class, "items[0].colour", "colour", " blue", problems));
        assertEquals(
                java.util.Optional.empty(),
                Enums.parseInto(Colour.class, "items[1].colour", "colour", "pink", problems));
        assertEquals(
                java.util.Optional.empty(), Enums.parseInto(Colour.class, "items[2].colour", "colour", null, problems));
        assertEquals(
                java.util.List.of(
                        java.util.List.of("items[1].colour", "Unknown colour 'pink'; allowed: RED, GREEN, BLUE"),
                        java.util.List.of("items[2].colour", "A colour is required; allowed: RED, GREEN, BLUE")),
                problems.stream()
                        .map(p -> java.util.List.of(p.field(), p.message()))
                        .toList());
        assertEquals(
                java.util.List.of("rule.enum.unknown", "rule.enum.named.required"),
                problems.stream().map(DomainRuleViolation.Problem::key).toList());
    }

    @Test
    void aRefusalCanBeWordedWithANounWhileNamingTheField() {
        assertEquals(Colour.RED, Enums.parse(Colour.class, "paintColour", "paint colour", "red"));
        DomainRuleViolation unknown = assertThrows(
                DomainRuleViolation.class, () -> Enums.parse(Colour.class, "paintColour", "paint colour", "pink"));
        assertEquals("paintColour", unknown.field());
        assertEquals("Unknown paint colour 'pink'; allowed: RED, GREEN, BLUE", unknown.getMessage());
        DomainRuleViolation missing = assertThrows(
                DomainRuleViolation.class, () -> Enums.parse(Colour.class, "paintColour", "paint colour", " "));
        assertEquals("A paint colour is required; allowed: RED, GREEN, BLUE", missing.getMessage());
    }
}
