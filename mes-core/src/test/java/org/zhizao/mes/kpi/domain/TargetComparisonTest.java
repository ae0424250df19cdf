package org.zhizao.mes.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan's targets: +30 % efficiency, −30 % operating cost, −20 % defect rate, +20 % energy efficiency, over
 * 50 % on NC equipment.
 */
class TargetComparisonTest {

    /** 100 per planned hour, 0.5 per kWh, 20 per scrapped part. */
    private static final OperatingCostRates RATES = new OperatingCostRates(100, 0.5, 20);

    static KpiInputs period(long good, long scrap, double kwh, long onNumericalControl) {
        return new KpiInputs(Duration.ofHours(100), Duration.ofHours(80), Duration.ZERO, Duration.ZERO, 0,
                good + scrap, scrap, 0, Duration.ofHours(70), kwh, onNumericalControl);
    }

    @Test
    void aCurrentPeriodThatMeetsEveryTarget() {
        List<TargetComparison.Target> targets = TargetComparison.compare(period(1000, 50, 2000, 400),
                period(1400, 30, 2200, 900), RATES);
        assertThat(targets).extracting(TargetComparison.Target::name).containsExactly("productionEfficiency",
                "operatingCost", "defectRate", "energyEfficiency", "numericalControlShare");
        assertThat(targets.get(0).change()).isCloseTo(0.40, within(1e-12));           // 10 → 14 good parts/h
        // 12,000 / 1,000 = 12.0 → 11,700 / 1,400 = 8.36 per good part: −30.4 %
        assertThat(targets.get(1).change()).isCloseTo((11_700 / 1400.0) / 12.0 - 1, within(1e-12));
        assertThat(targets.get(2).change()).isCloseTo((30.0 / 1430) / (50.0 / 1050) - 1, within(1e-12));
        assertThat(targets.get(3).change()).isCloseTo((1400 / 2200.0) / 0.5 - 1, within(1e-12)); // +27 %
        assertThat(targets.get(4).current()).isCloseTo(900.0 / 1430, within(1e-12));
        assertThat(targets).allSatisfy(t -> assertThat(t.met()).isTrue());
    }

    @Test
    void aGainBelowTheTargetIsNotMet() {
        List<TargetComparison.Target> targets = TargetComparison.compare(period(1000, 50, 2000, 600),
                period(1200, 55, 2000, 500), RATES);
        assertThat(targets.get(0).met()).as("+20 %% < +30 %%").isFalse();
        assertThat(targets.get(1).met()).as("12.0 → 10.08 per good part is −16 %%").isFalse();
        assertThat(targets.get(2).met()).as("−8 %% is not −20 %%").isFalse();
        assertThat(targets.get(3).met()).as("0.5 → 0.6 good parts per kWh is +20 %%").isTrue();
        assertThat(targets.get(4).met()).as("500 of 1255 is under half").isFalse();
    }

    @Test
    void aPeriodWithoutDataLeavesTheTargetUndecided() {
        List<TargetComparison.Target> targets = TargetComparison.compare(KpiInputs.NONE, period(1200, 45, 2000, 500),
                RATES);
        assertThat(targets.get(0).met()).isNull();
        assertThat(targets.get(1).met()).isNull();
        assertThat(targets.get(3).met()).isNull();
    }

    @Test
    void withoutCostRatesTheCostTargetStaysUndecided() {
        TargetComparison.Target cost = TargetComparison.compare(period(1000, 50, 2000, 400),
                period(1400, 30, 2200, 900), OperatingCostRates.NONE).get(1);
        assertThat(cost.name()).isEqualTo("operatingCost");
        assertThat(cost.baseline()).isNull();
        assertThat(cost.met()).isNull();
    }
}
