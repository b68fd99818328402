package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The proxies measured for one client at one moment: a raw value per {@link Proxy}, or none where there is nothing to
 * measure (no SLA terms, no survey answered). Counts, months and money are never negative.
 */
public final class MeasuredSignals {

    private final Map<Proxy, BigDecimal> values;

    private MeasuredSignals(Map<Proxy, BigDecimal> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public static MeasuredSignals none() {
        return new MeasuredSignals(new EnumMap<>(Proxy.class));
    }

    public static MeasuredSignals of(Map<Proxy, BigDecimal> values) {
        Map<Proxy, BigDecimal> copy = new EnumMap<>(Proxy.class);
        values.forEach((p, v) -> {
            if (v != null) {
                copy.put(Objects.requireNonNull(p, "proxy"), check(p, v));
            }
        });
        return new MeasuredSignals(copy);
    }

    /** The same signals with one value replaced (null: no data). */
    public MeasuredSignals with(Proxy proxy, BigDecimal value) {
        Map<Proxy, BigDecimal> copy = new EnumMap<>(Proxy.class);
        copy.putAll(values);
        if (value == null) {
            copy.remove(proxy);
        } else {
            copy.put(proxy, check(proxy, value));
        }
        return new MeasuredSignals(copy);
    }

    public MeasuredSignals with(Proxy proxy, long value) {
        return with(proxy, BigDecimal.valueOf(value));
    }

    public Optional<BigDecimal> value(Proxy proxy) {
        return Optional.ofNullable(values.get(proxy));
    }

    public Map<Proxy, BigDecimal> values() {
        return values;
    }

    private static BigDecimal check(Proxy proxy, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(proxy + " cannot be negative: " + value.toPlainString());
        }
        return value;
    }

    @Override
    public String toString() {
        return "MeasuredSignals" + values;
    }
}
