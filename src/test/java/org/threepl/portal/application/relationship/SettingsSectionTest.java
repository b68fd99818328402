package org.threepl.portal.application.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.relationship.SettingsDocument.LifetimeSettings;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A section of the settings saved by itself: only its parts change, on the version read, with the same checks. */
class SettingsSectionTest {

    private static final Caller OPS = Caller.user(1L, "olivia", Role.OPS_ADMIN, null, TenantScope.all());
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static RelationshipSettingsService service(RelationshipSettings stored) {
        RelationshipSettingsService p = new RelationshipSettingsService();
        p.callers = mock(CallerContext.class);
        when(p.callers.current()).thenReturn(OPS);
        p.relationships = mock(RelationshipRepository.class);
        when(p.relationships.settings()).thenReturn(stored);
        p.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return p;
    }

    @Test
    void aSectionSavedAloneChangesOnlyThatSection() {
        RelationshipSettings stored = RelationshipSettings.defaults();
        RelationshipSettings.Values before = stored.values();
        RelationshipSettingsService p = service(stored);
        Settings read = SettingsConversion.view(stored);
        // the page's document holds edits in three sections; only the lifetime section is saved
        Settings sent = with(
                with(
                        with(
                                read,
                                "lifetime",
                                new LifetimeSettings(new BigDecimal("0.20"), 10, 3, 240, new BigDecimal("0.08"))),
                        "valueBasis",
                        "MARGIN"),
                "reviewReminderDays",
                30);
        Settings saved = p.updateSection(read.version(), SettingsSection.LIFETIME, sent);

        assertEquals(
                new LifetimeSettings(new BigDecimal("0.20"), 10, 3, 240, new BigDecimal("0.08")), saved.lifetime());
        assertEquals("REVENUE", saved.valueBasis(), "another section's edit is not saved with it");
        assertEquals(14, saved.reviewReminderDays());
        RelationshipSettings.Values after = stored.values();
        assertEquals(240, after.lifetime().capMonths());
        assertEquals(before.valueBasis(), after.valueBasis());
        assertEquals(before.segments(), after.segments());
        assertEquals(before.satisfaction(), after.satisfaction());
        assertEquals(before.lifecycle(), after.lifecycle());
        assertEquals(before.reviewReminderDays(), after.reviewReminderDays());
        assertEquals(before.proxies(), after.proxies());
        assertEquals(before.facetWeights(), after.facetWeights());
        assertEquals(before.groupWeights(), after.groupWeights());
        assertEquals(before.exchangeRates(), after.exchangeRates(), "the reporting currency's own rate stays out");
        assertEquals(
                before.tiers().stream().map(TierDefinition::code).toList(),
                after.tiers().stream().map(TierDefinition::code).toList());
        assertEquals(OPS.actor(), stored.updatedBy());
    }

    @Test
    void aStaleVersionOnASectionSaveIsRefusedAndNothingChanges() throws ReflectiveOperationException {
        RelationshipSettings stored = RelationshipSettings.defaults();
        var version = RelationshipSettings.class.getDeclaredField("version");
        version.setAccessible(true);
        version.setInt(stored, 3);
        RelationshipSettingsService p = service(stored);
        Settings read = SettingsConversion.view(stored);
        Settings sent = with(
                read, "lifetime", new LifetimeSettings(new BigDecimal("0.20"), 10, 3, 240, new BigDecimal("0.08")));
        assertThrows(
                ConcurrentChangeException.class,
                () -> p.updateSection(2, SettingsSection.LIFETIME, sent),
                "someone saved since");
        assertEquals(120, stored.values().lifetime().capMonths());
        assertEquals(RelationshipSettings.DEFAULTS, stored.updatedBy());
    }

    @Test
    void aSectionsRefusedValueIsNamedByTheOneFieldPathScheme() {
        RelationshipSettings stored = RelationshipSettings.defaults();
        RelationshipSettingsService p = service(stored);
        Settings read = SettingsConversion.view(stored);
        Settings sent = with(
                read, "lifetime", new LifetimeSettings(new BigDecimal("0.20"), 10, 3, 601, new BigDecimal("0.08")));
        assertEquals(
                "lifetime.capMonths",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> p.updateSection(read.version(), SettingsSection.LIFETIME, sent))
                        .field());
        Settings noRates = with(read, "exchangeRates", List.of(new SettingsDocument.Rate("GBP", BigDecimal.ZERO)));
        assertEquals(
                "exchangeRates.GBP.rate",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> p.updateSection(read.version(), SettingsSection.EXCHANGE_RATES, noRates))
                        .field());
        assertEquals(120, stored.values().lifetime().capMonths());
    }

    /** A copy of the document with one component replaced (by its record component name). */
    private static Settings with(Settings s, String component, Object value) {
        try {
            var components = Settings.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(component)
                        ? value
                        : components[i].getAccessor().invoke(s);
            }
            return Settings.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
