package org.zhizao.mes.kpi.domain;

import java.util.List;

/**
 * The provincial plan's targets, comparing a baseline period with the current one: production efficiency
 * (good parts per planned hour) up 30 %, operating cost (per good part, by the configured rates) down 30 %,
 * defect rate (scrap ratio) down 20 %, energy efficiency (good parts per kWh) up 20 %, and more than 50 % of
 * the parts made on numerically controlled equipment (CNC machine tools and robots).
 */
public final class TargetComparison {

    /**
     * One target.
     *
     * @param change  relative change current / baseline − 1 (for the share: the current share itself)
     * @param target  the change (or share) to reach
     * @param met     whether it is reached; null when a period has no data for it
     */
    public record Target(String name, Double baseline, Double current, Double change, double target,
                         boolean higherIsBetter, Boolean met) {
    }

    public static final double EFFICIENCY_GAIN = 0.30;
    public static final double OPERATING_COST_REDUCTION = -0.30;
    public static final double DEFECT_REDUCTION = -0.20;
    public static final double ENERGY_EFFICIENCY_GAIN = 0.20;
    public static final double NUMERICAL_CONTROL_SHARE = 0.50;

    private TargetComparison() {
    }

    public static List<Target> compare(KpiInputs baseline, KpiInputs current, OperatingCostRates rates) {
        return List.of(
                change("productionEfficiency", goodPerPlannedHour(baseline), goodPerPlannedHour(current),
                        EFFICIENCY_GAIN, true),
                change("operatingCost", rates.perGoodUnit(baseline), rates.perGoodUnit(current),
                        OPERATING_COST_REDUCTION, false),
                change("defectRate", Kpis.of(baseline).scrapRatio(), Kpis.of(current).scrapRatio(),
                        DEFECT_REDUCTION, false),
                change("energyEfficiency", goodPerKwh(baseline), goodPerKwh(current), ENERGY_EFFICIENCY_GAIN, true),
                share(baseline, current));
    }

    static Double goodPerPlannedHour(KpiInputs in) {
        double hours = in.plannedBusyTime().toMillis() / 3_600_000.0;
        return hours <= 0 ? null : in.good() / hours;
    }

    static Double goodPerKwh(KpiInputs in) {
        return in.energyKwh() <= 0 ? null : in.good() / in.energyKwh();
    }

    private static Target change(String name, Double baseline, Double current, double target, boolean higher) {
        if (baseline == null || current == null || baseline == 0) {
            // a defect rate of zero can only stay zero: met if it did
            Boolean met = baseline != null && current != null && !higher ? Boolean.valueOf(current <= 0) : null;
            return new Target(name, baseline, current, null, target, higher, met);
        }
        double change = current / baseline - 1;
        boolean met = higher ? change >= target - 1e-12 : change <= target + 1e-12;
        return new Target(name, baseline, current, change, target, higher, met);
    }

    private static Target share(KpiInputs baseline, KpiInputs current) {
        Double before = baseline.produced() == 0 ? null
                : (double) baseline.numericallyControlledProduced() / baseline.produced();
        Double now = current.produced() == 0 ? null
                : (double) current.numericallyControlledProduced() / current.produced();
        return new Target("numericalControlShare", before, now, now, NUMERICAL_CONTROL_SHARE, true,
                now == null ? null : now > NUMERICAL_CONTROL_SHARE);
    }
}
