package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;
import org.threepl.portal.application.relationship.SettingsSection;

/**
 * The settings page's forms of rows, one per section (proxies, facet and group weights, exchange rates, tiers): each is
 * read from the settings document and saved by itself; a row is addressed by its position on the page.
 */
public final class SettingsTableForms {

    private SettingsTableForms() {}

    public static class ProxiesForm implements SettingsSectionForms.Section {
        private static final long serialVersionUID = 1L;
        final List<ProxyForm> rows = new ArrayList<>();

        @Override
        public SettingsSection section() {
            return SettingsSection.PROXIES;
        }

        @Override
        public void read(Settings s) {
            rows.clear();
            s.proxies().forEach(p -> rows.add(new ProxyForm(p)));
        }

        List<SettingsDocument.ProxySetting> part() {
            return rows.stream()
                    .map(p -> new SettingsDocument.ProxySetting(
                            p.proxy, p.facet, null, p.weight, p.scale, p.zeroAt, p.referenceAt))
                    .toList();
        }

        public List<ProxyForm> getRows() {
            return rows;
        }
    }

    public static class WeightsForm implements SettingsSectionForms.Section {
        private static final long serialVersionUID = 1L;
        final List<WeightForm> facets = new ArrayList<>();
        final List<WeightForm> groups = new ArrayList<>();

        @Override
        public SettingsSection section() {
            return SettingsSection.WEIGHTS;
        }

        @Override
        public void read(Settings s) {
            facets.clear();
            groups.clear();
            s.facets().forEach(w -> facets.add(new WeightForm(w.name(), w.weight())));
            s.groups().forEach(w -> groups.add(new WeightForm(w.name(), w.weight())));
        }

        static List<SettingsDocument.Weight> part(List<WeightForm> rows) {
            return rows.stream()
                    .map(w -> new SettingsDocument.Weight(w.name, w.weight))
                    .toList();
        }

        public List<WeightForm> getFacets() {
            return facets;
        }

        public List<WeightForm> getGroups() {
            return groups;
        }
    }

    public static class RatesForm implements SettingsSectionForms.Section {
        private static final long serialVersionUID = 1L;
        final List<RateForm> rows = new ArrayList<>();

        @Override
        public SettingsSection section() {
            return SettingsSection.EXCHANGE_RATES;
        }

        /** The rates but the reporting currency's own (1, implied). */
        @Override
        public void read(Settings s) {
            rows.clear();
            s.exchangeRates().stream()
                    .filter(r -> !r.currency().equals(s.reportingCurrency()))
                    .forEach(r -> rows.add(new RateForm(r.currency(), r.rate())));
        }

        List<SettingsDocument.Rate> part() {
            return rows.stream()
                    .filter(r -> r.currency != null && !r.currency.isBlank())
                    .map(r -> new SettingsDocument.Rate(r.currency, r.rate))
                    .toList();
        }

        public void add() {
            rows.add(new RateForm(null, null));
        }

        public void remove(RateForm r) {
            rows.remove(r);
        }

        public List<RateForm> getRows() {
            return rows;
        }
    }

    public static class TiersForm implements SettingsSectionForms.Section {
        private static final long serialVersionUID = 1L;
        final List<TierSettingForm> rows = new ArrayList<>();
        BigDecimal holdMargin;
        Integer downgradeAfterDays;

        @Override
        public SettingsSection section() {
            return SettingsSection.TIERS;
        }

        @Override
        public void read(Settings s) {
            rows.clear();
            s.tiers().forEach(t -> rows.add(TierSettingForm.of(t)));
            holdMargin = s.tierStability().holdMargin();
            downgradeAfterDays = s.tierStability().downgradeAfterDays();
        }

        List<SettingsDocument.TierSetting> part() {
            return rows.stream().map(TierSettingForm::setting).toList();
        }

        SettingsDocument.TierStability stability() {
            return new SettingsDocument.TierStability(holdMargin, downgradeAfterDays);
        }

        public BigDecimal getHoldMargin() {
            return holdMargin;
        }

        public void setHoldMargin(BigDecimal v) {
            holdMargin = v;
        }

        public Integer getDowngradeAfterDays() {
            return downgradeAfterDays;
        }

        public void setDowngradeAfterDays(Integer v) {
            downgradeAfterDays = v;
        }

        /** A new tier ranked above the others, with the usual cadences and no incentive. */
        public void add() {
            TierSettingForm t = new TierSettingForm();
            t.rank = rows.stream()
                            .mapToInt(x -> x.rank == null ? 0 : x.rank)
                            .max()
                            .orElse(0)
                    + 1;
            t.reviewCadenceDays = 90;
            t.contactCadenceDays = 30;
            t.priceIncentivePercent = BigDecimal.ZERO;
            rows.add(t);
        }

        public void remove(TierSettingForm t) {
            rows.remove(t);
        }

        public List<TierSettingForm> getRows() {
            return rows;
        }
    }

    public static class ProxyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        final String proxy;
        final String facet;
        BigDecimal weight;
        String scale;
        BigDecimal zeroAt;
        BigDecimal referenceAt;

        ProxyForm(SettingsDocument.ProxySetting p) {
            proxy = p.proxy();
            facet = p.facet();
            weight = p.weight();
            scale = p.scale();
            zeroAt = p.zeroAt();
            referenceAt = p.referenceAt();
        }

        public String getProxy() {
            return proxy;
        }

        public String getFacet() {
            return facet;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public String getScale() {
            return scale;
        }

        public void setScale(String scale) {
            this.scale = scale;
        }

        public BigDecimal getZeroAt() {
            return zeroAt;
        }

        public void setZeroAt(BigDecimal zeroAt) {
            this.zeroAt = zeroAt;
        }

        public BigDecimal getReferenceAt() {
            return referenceAt;
        }

        public void setReferenceAt(BigDecimal referenceAt) {
            this.referenceAt = referenceAt;
        }
    }

    public static class WeightForm implements Serializable {
        private static final long serialVersionUID = 1L;
        final String name;
        BigDecimal weight;

        WeightForm(String name, BigDecimal weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }
    }

    public static class RateForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String currency;
        BigDecimal rate;

        RateForm(String currency, BigDecimal rate) {
            this.currency = currency;
            this.rate = rate;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public BigDecimal getRate() {
            return rate;
        }

        public void setRate(BigDecimal rate) {
            this.rate = rate;
        }
    }
}
