package org.zhizao.mes.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OperatingCostRatesTest {

    @Test
    void theCostPerGoodPartAddsHoursEnergyAndScrapAndDividesByTheGoodParts() {
        // 100 planned hours, 1,000 good and 50 scrap, 2,000 kWh
        KpiInputs period = TargetComparisonTest.period(1000, 50, 2000, 0);
        OperatingCostRates rates = new OperatingCostRates(120, 0.8, 35);
        assertThat(rates.perGoodUnit(period)).isCloseTo((100 * 120 + 2000 * 0.8 + 50 * 35) / 1000.0, within(1e-12));
    }

    @Test
    void withoutRatesOrWithoutGoodPartsThereIsNoCost() {
        assertThat(OperatingCostRates.NONE.configured()).isFalse();
        assertThat(OperatingCostRates.NONE.perGoodUnit(TargetComparisonTest.period(1000, 50, 2000, 0))).isNull();
        assertThat(new OperatingCostRates(120, 0, 0).perGoodUnit(KpiInputs.NONE)).isNull();
    }

    @Test
    void aNegativeOrNonFiniteRateIsRefusedByName() {
        assertThatThrownBy(() -> new OperatingCostRates(-1, 0, 0)).hasMessageContaining("per planned hour");
        assertThatThrownBy(() -> new OperatingCostRates(0, Double.NaN, 0)).hasMessageContaining("per kWh");
        assertThatThrownBy(() -> new OperatingCostRates(0, 0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("per scrap part");
    }
}
