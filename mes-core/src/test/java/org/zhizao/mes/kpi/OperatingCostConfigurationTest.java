package org.zhizao.mes.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatingCostConfigurationTest {

    @Test
    void aRateIsANumberOfZeroOrMore() {
        assertThat(OperatingCostConfiguration.rate("zhizao.kpi.cost.per-kwh", " 0.85 ")).isEqualTo(0.85);
        assertThat(OperatingCostConfiguration.rate("zhizao.kpi.cost.per-kwh", "0")).isZero();
    }

    @Test
    void aBrokenRateStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> OperatingCostConfiguration.rate("zhizao.kpi.cost.per-kwh", "cheap"))
                .hasMessageStartingWith("zhizao.kpi.cost.per-kwh is 'cheap'");
        assertThatThrownBy(() -> OperatingCostConfiguration.rate("zhizao.kpi.cost.per-scrap-part", "-5"))
                .hasMessageStartingWith("zhizao.kpi.cost.per-scrap-part is -5");
    }
}
