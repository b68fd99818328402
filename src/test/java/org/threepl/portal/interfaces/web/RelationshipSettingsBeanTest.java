package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.RelationshipSettingsService;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;
import org.threepl.portal.application.relationship.SettingsSection;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The settings page: one form per section, each saved by itself on the version read, refusals shown in place. */
class RelationshipSettingsBeanTest {

    /** Installs a test double as the current Faces context (the setter is protected). */
    private abstract static class CurrentFaces extends FacesContext {
        static void use(FacesContext fc) {
            setCurrentInstance(fc);
        }
    }

    private FacesContext fc;
    private RelationshipSettingsBean bean;

    @BeforeEach
    void page() {
        fc = mock(FacesContext.class, RETURNS_DEEP_STUBS);
        when(fc.getApplication().getResourceBundle(fc, "msg")).thenReturn(new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return key;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.emptyEnumeration();
            }
        });
        CurrentFaces.use(fc);
        bean = new RelationshipSettingsBean();
        bean.partnership = mock(PartnershipService.class);
        bean.settingsService = mock(RelationshipSettingsService.class);
        when(bean.partnership.settings()).thenReturn(doc(4, 120));
        bean.load();
    }

    @AfterEach
    void noFaces() {
        CurrentFaces.use(null);
    }

    private static Settings doc(int version, int capMonths) {
        BigDecimal one = BigDecimal.ONE;
        return new Settings(
                "EUR",
                "REVENUE",
                12,
                new BigDecimal("0.15"),
                true,
                3,
                new SettingsDocument.Segments(new BigDecimal("0.01"), new BigDecimal("0.05"), new BigDecimal("0.20")),
                new SettingsDocument.LifetimeSettings(new BigDecimal("0.15"), 20, 6, capMonths, new BigDecimal("0.10")),
                new SettingsDocument.SatisfactionSettings(
                        new BigDecimal("0.6"),
                        new BigDecimal("0.4"),
                        new BigDecimal("0.05"),
                        new BigDecimal("0.01"),
                        180),
                new SettingsDocument.LifecycleSettings(
                        90,
                        new BigDecimal("0.25"),
                        new BigDecimal("0.5"),
                        10,
                        2,
                        50,
                        6,
                        24,
                        List.of(new SettingsDocument.SignalPoints("VOLUME_DOWN", 30))),
                14,
                7,
                List.of(new SettingsDocument.ProxySetting(
                        "EXIT_FEE",
                        "MONETARY_LOSS",
                        "exit fee",
                        one,
                        "SATURATING",
                        BigDecimal.ZERO,
                        new BigDecimal("50000"))),
                List.of(new SettingsDocument.Weight("ECONOMIC_RISK", one)),
                List.of(new SettingsDocument.Weight("PROCEDURAL", one)),
                List.of(
                        new SettingsDocument.Rate("EUR", one),
                        new SettingsDocument.Rate("GBP", new BigDecimal("1.17"))),
                List.of(new SettingsDocument.TierSetting(
                        "TRANSACTIONAL",
                        "Transactional",
                        0,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        false,
                        365,
                        90,
                        0,
                        false,
                        BigDecimal.ZERO)),
                new SettingsDocument.TierStability(new BigDecimal("0.02"), 30),
                "ops",
                Instant.EPOCH,
                version);
    }

    @Test
    void aSectionIsSavedByItselfAndTheOtherSectionsKeepWhatIsBeingEditedInThem() {
        when(bean.settingsService.updateSection(eq(4), eq(SettingsSection.LIFETIME), any()))
                .thenReturn(doc(5, 240));
        bean.getLifetime().setCapMonths(240);
        bean.getValue().setValueBasis("MARGIN");
        bean.save(bean.getLifetime());

        ArgumentCaptor<Settings> sent = ArgumentCaptor.forClass(Settings.class);
        verify(bean.settingsService).updateSection(eq(4), eq(SettingsSection.LIFETIME), sent.capture());
        assertEquals(240, sent.getValue().lifetime().capMonths());
        assertEquals(
                List.of(new SettingsDocument.Rate("GBP", new BigDecimal("1.17"))),
                sent.getValue().exchangeRates(),
                "the reporting currency's own rate is not a row of the page");
        assertEquals(5, bean.getVersion());
        assertEquals(240, bean.getLifetime().getCapMonths());
        assertEquals(
                "MARGIN", bean.getValue().getValueBasis(), "an edit in another section stays on the page, not saved");
        verify(fc).addMessage(isNull(), argThat(m -> "rel.settings.saved".equals(m.getSummary())));
    }

    @Test
    void aSectionSavedOnAStaleVersionIsRefusedAndTheEditStaysToBeRedone() {
        when(bean.settingsService.updateSection(eq(4), eq(SettingsSection.LIFETIME), any()))
                .thenThrow(new ConcurrentChangeException("The relationship settings"));
        bean.getLifetime().setCapMonths(240);
        bean.save(bean.getLifetime());
        verify(fc).addMessage(isNull(), argThat(m -> "rel.settings.changedMeanwhile".equals(m.getSummary())));
        assertEquals(4, bean.getVersion(), "nothing overwritten: the page still knows the version it read");
        assertEquals(240, bean.getLifetime().getCapMonths());
    }

    @Test
    void aRefusedValueIsShownAtItsInputByTheOneFieldPathSchemeInTheReadersLanguage() {
        when(fc.getViewRoot().getLocale()).thenReturn(java.util.Locale.SIMPLIFIED_CHINESE);
        when(bean.settingsService.updateSection(eq(4), eq(SettingsSection.PROXIES), any()))
                .thenThrow(new DomainRuleViolation(
                        "proxies.EXIT_FEE.weight",
                        "rule.settings.weight.range",
                        "A weight is a number from 0 to 1000"));
        bean.save(bean.getProxies());
        verify(fc)
                .addMessage(eq("settings:proxies:0:weight"), argThat(m -> "权重为 0 至 1000 之间的数".equals(m.getSummary())));
        when(fc.getViewRoot().getLocale()).thenReturn(java.util.Locale.ENGLISH);
        when(bean.settingsService.updateSection(eq(4), eq(SettingsSection.LIFECYCLE), any()))
                .thenThrow(new DomainRuleViolation(
                        "lifecycle.signalPoints.VOLUME_DOWN.points",
                        "rule.settings.lifecycle.signalPoints",
                        "The points of {0} are from 0 to 100",
                        "volume down"));
        bean.save(bean.getLifecycle());
        verify(fc)
                .addMessage(
                        eq("settings:lifecycle_signalPoints:0:points"),
                        argThat(m -> "The points of volume down are from 0 to 100".equals(m.getSummary())));
    }
}
