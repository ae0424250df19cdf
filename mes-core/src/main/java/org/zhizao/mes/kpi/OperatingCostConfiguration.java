package org.zhizao.mes.kpi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhizao.mes.kpi.domain.OperatingCostRates;

/**
 * The operating cost rates from {@code zhizao.kpi.cost.*}, in the plant's currency; unset, the cost target
 * stays undecided. A rate that is not a number of 0 or more stops the start with the property's name.
 */
@Configuration
class OperatingCostConfiguration {

    @Bean
    OperatingCostRates operatingCostRates(@Value("${zhizao.kpi.cost.per-planned-hour:0}") String perPlannedHour,
            @Value("${zhizao.kpi.cost.per-kwh:0}") String perKwh,
            @Value("${zhizao.kpi.cost.per-scrap-part:0}") String perScrapPart) {
        return new OperatingCostRates(rate("zhizao.kpi.cost.per-planned-hour", perPlannedHour),
                rate("zhizao.kpi.cost.per-kwh", perKwh), rate("zhizao.kpi.cost.per-scrap-part", perScrapPart));
    }

    static double rate(String property, String value) {
        double rate;
        try {
            rate = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(property + " is '" + value + "': give a number of 0 or more", e);
        }
        if (!Double.isFinite(rate) || rate < 0) {
            throw new IllegalStateException(property + " is " + value + ": a rate cannot be negative");
        }
        return rate;
    }
}
