package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.application.relationship.RelationshipSettingsService;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.domain.model.relationship.ValueSegment;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.interfaces.web.LifecycleSettingsForm.PointsForm;
import org.threepl.portal.interfaces.web.SettingsSectionForms.LifetimeForm;
import org.threepl.portal.interfaces.web.SettingsSectionForms.RemindersForm;
import org.threepl.portal.interfaces.web.SettingsSectionForms.SatisfactionForm;
import org.threepl.portal.interfaces.web.SettingsSectionForms.Section;
import org.threepl.portal.interfaces.web.SettingsSectionForms.ValueForm;
import org.threepl.portal.interfaces.web.SettingsTableForms.ProxiesForm;
import org.threepl.portal.interfaces.web.SettingsTableForms.ProxyForm;
import org.threepl.portal.interfaces.web.SettingsTableForms.RateForm;
import org.threepl.portal.interfaces.web.SettingsTableForms.RatesForm;
import org.threepl.portal.interfaces.web.SettingsTableForms.TiersForm;
import org.threepl.portal.interfaces.web.SettingsTableForms.WeightForm;
import org.threepl.portal.interfaces.web.SettingsTableForms.WeightsForm;

/**
 * Ops admins: every setting of relationship management, one form per section of the page (value and segments, lifetime
 * value, satisfaction, lifecycle and churn points, reminders, the switching-cost model's proxy weights and scales, its
 * facet and group weights, exchange rates, and the partnership tiers with their rules and benefits), each saved by
 * itself on the version read; a refused value is shown next to its field, a change by someone else is not overwritten.
 */
@Named
@ViewScoped
public class RelationshipSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern KEYED =
            Pattern.compile("(proxies|facets|groups|exchangeRates|lifecycle\\.signalPoints)\\.([A-Z][A-Z0-9_]*)");
    /** The keys of each keyed section's rows, in the page's order. */
    private static final Map<String, Function<RelationshipSettingsBean, List<String>>> ROW_KEYS = Map.of(
            "proxies", b -> b.proxies.rows.stream().map(ProxyForm::getProxy).toList(),
            "facets", b -> b.weights.facets.stream().map(WeightForm::getName).toList(),
            "groups", b -> b.weights.groups.stream().map(WeightForm::getName).toList(),
            "exchangeRates",
                    b -> b.rates.rows.stream().map(RateForm::getCurrency).toList(),
            "lifecycle.signalPoints",
                    b -> b.lifecycle.signalPoints.stream()
                            .map(PointsForm::getSignal)
                            .toList());
    /** The sections of the settings, as the API's document names them: each has an anchor on the page. */
    private static final Set<String> SECTIONS = Set.of(
            "segments",
            "lifetime",
            "satisfaction",
            "lifecycle",
            "lifecycle.signalPoints",
            "proxies",
            "facets",
            "groups",
            "exchangeRates",
            "tiers",
            "tierStability");

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]\\.?");

    /** Normal-scoped beans: what is injected is a serialisable proxy, so a replicated view finds it again. */
    @Inject
    PartnershipService partnership;

    @Inject
    RelationshipSettingsService settingsService;

    private final ValueForm value = new ValueForm();
    private final LifetimeForm lifetime = new LifetimeForm();
    private final SatisfactionForm satisfaction = new SatisfactionForm();
    private final LifecycleSettingsForm lifecycle = new LifecycleSettingsForm();
    private final RemindersForm reminders = new RemindersForm();
    private final ProxiesForm proxies = new ProxiesForm();
    private final WeightsForm weights = new WeightsForm();
    private final RatesForm rates = new RatesForm();
    private final TiersForm tiers = new TiersForm();
    private boolean loaded;
    private int version;
    private String updatedBy;
    private Instant updatedAt;

    public void load() {
        try {
            read();
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    private void read() {
        SettingsDocument.Settings s = partnership.settings();
        sections().forEach(f -> f.read(s));
        stamp(s);
        loaded = true;
    }

    private void stamp(SettingsDocument.Settings s) {
        version = s.version() == null ? 0 : s.version();
        updatedBy = s.updatedBy();
        updatedAt = s.updatedAt();
    }

    private List<Section> sections() {
        return List.of(value, lifetime, satisfaction, lifecycle, reminders, proxies, weights, rates, tiers);
    }

    /**
     * Saves one section on the version read: only its form is sent for it and shown as saved, the other sections keep
     * what is being edited in them; refused values are shown in place, a change by someone else is not overwritten.
     */
    public void save(Section form) {
        try {
            SettingsDocument.Settings saved = settingsService.updateSection(version, form.section(), sent());
            form.read(saved);
            stamp(saved);
            Faces.info(Faces.text("rel.settings.saved"));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.settings.changedMeanwhile"));
        } catch (DomainRuleViolation e) {
            Faces.error(shownAt(e.field()), Faces.refusal(e));
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
    }

    /** The document as the forms hold it; the service takes from it the section saved. */
    private SettingsDocument.Settings sent() {
        return new SettingsDocument.Settings(
                value.reportingCurrency,
                value.valueBasis,
                value.valuePeriodMonths,
                value.defaultMarginRate,
                value.contractFeeFallback,
                value.openEndedRemainingMonths,
                value.segments(),
                lifetime.part(),
                satisfaction.part(),
                lifecycle.part(),
                reminders.reviewReminderDays,
                reminders.contactReminderDays,
                proxies.part(),
                WeightsForm.part(weights.facets),
                WeightsForm.part(weights.groups),
                rates.part(),
                tiers.part(),
                tiers.stability(),
                null,
                null,
                null);
    }

    /** Drops the changes and shows the settings as saved now. */
    public void reload() {
        read();
        Faces.info(Faces.text("rel.settings.reloaded"));
    }

    /** The input a refused field is shown at: its own, or its section's anchor for a rule over a section or a row. */
    private String shownAt(String field) {
        return componentId(byPosition(field));
    }

    /**
     * An entry named by its key ({@code proxies.EXIT_FEE.weight}) as the page's row of it ({@code proxies[3].weight}).
     */
    String byPosition(String field) {
        if (field == null || !loaded) {
            return field;
        }
        Matcher m = KEYED.matcher(field);
        if (!m.lookingAt()) {
            return field;
        }
        List<String> keys = ROW_KEYS.get(m.group(1)).apply(this);
        int row = keys.indexOf(m.group(2));
        return row < 0 ? m.group(1) : m.group(1) + "[" + row + "]" + field.substring(m.end());
    }

    /**
     * The component id of a field path, by the page's one naming rule: a section's field joins with {@code _}
     * ({@code segments.vipShare}: {@code settings:segments_vipShare}), a row of a table or repeat is its index
     * ({@code tiers[2].minBonds}: {@code settings:tiers:2:minBonds}), and a section, or a row as a whole, is shown at
     * its section's anchor ({@code tiers}, {@code tiers[2]}: {@code settings:tiers_section}).
     */
    static String componentId(String path) {
        if (path == null) {
            return null;
        }
        if (SECTIONS.contains(path) || path.endsWith("]")) {
            return "settings:" + path.replaceFirst("\\[.*", "").replace('.', '_') + "_section";
        }
        return "settings:" + INDEX.matcher(path).replaceAll(":$1:").replace('.', '_');
    }

    public ValueSegment[] getSegments() {
        return ValueSegment.values();
    }

    public boolean isLoaded() {
        return loaded;
    }

    public ValueForm getValue() {
        return value;
    }

    public LifetimeForm getLifetime() {
        return lifetime;
    }

    public SatisfactionForm getSatisfaction() {
        return satisfaction;
    }

    public LifecycleSettingsForm getLifecycle() {
        return lifecycle;
    }

    public RemindersForm getReminders() {
        return reminders;
    }

    public ProxiesForm getProxies() {
        return proxies;
    }

    public WeightsForm getWeights() {
        return weights;
    }

    public RatesForm getRates() {
        return rates;
    }

    public TiersForm getTiers() {
        return tiers;
    }

    public int getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
