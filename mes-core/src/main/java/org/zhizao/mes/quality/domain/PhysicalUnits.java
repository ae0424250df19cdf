package org.zhizao.mes.quality.domain;

import java.util.Map;
import java.util.TreeMap;
import org.zhizao.mes.shared.domain.Decision;

/**
 * Units of measure a characteristic may use, each with the range a physical value in it can take at
 * all. A value outside that range is a typing or gauge error, not a measurement: it is refused rather
 * than recorded as a failure.
 */
public final class PhysicalUnits {

    /** The closed range of physically possible values of a unit. */
    public record Range(double min, double max) {
    }

    private static final Map<String, Range> RANGES = new TreeMap<>(Map.ofEntries(
            Map.entry("mm", new Range(0, 100_000)),
            Map.entry("µm", new Range(0, 100_000_000)),
            Map.entry("deg", new Range(-360, 360)),
            Map.entry("°C", new Range(-273.15, 5_000)),
            Map.entry("K", new Range(0, 5_273.15)),
            Map.entry("N·m", new Range(0, 1_000_000)),
            Map.entry("N", new Range(0, 100_000_000)),
            Map.entry("bar", new Range(0, 10_000)),
            Map.entry("kg", new Range(0, 1_000_000)),
            Map.entry("g", new Range(0, 1_000_000_000)),
            Map.entry("HRC", new Range(0, 100)),
            Map.entry("HV", new Range(0, 3_000)),
            Map.entry("%", new Range(0, 100)),
            Map.entry("s", new Range(0, 1_000_000)),
            Map.entry("A", new Range(0, 100_000)),
            Map.entry("V", new Range(0, 1_000_000))));

    private PhysicalUnits() {
    }

    public static boolean isKnown(String unit) {
        return unit != null && RANGES.containsKey(unit);
    }

    public static String known() {
        return String.join(", ", RANGES.keySet());
    }

    public static Range range(String unit) {
        Range range = RANGES.get(unit);
        if (range == null) {
            throw new IllegalArgumentException("unit '" + unit + "' is not known; known units: " + known());
        }
        return range;
    }

    /** Whether the value can be a reading in the unit at all. */
    public static Decision possible(double value, String unit) {
        Range range = range(unit);
        if (!Double.isFinite(value) || value < range.min() || value > range.max()) {
            return Decision.rejected("value " + value + " " + unit + " is outside the physical range of " + unit
                    + " (" + range.min() + " to " + range.max() + ")");
        }
        return Decision.allowed();
    }
}
