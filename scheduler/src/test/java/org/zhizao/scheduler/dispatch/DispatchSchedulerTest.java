package org.zhizao.scheduler.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhizao.scheduler.constraint.ShopScoreCalculator;
import org.zhizao.scheduler.io.FjsReader;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.ShopScheduleBuilder;

class DispatchSchedulerTest {

    @ParameterizedTest
    @EnumSource(DispatchRule.class)
    void everyRuleGivesAFeasiblePlanForMk01(DispatchRule rule) {
        ShopSchedule mk01 = FjsReader.read(Path.of("benchmarks/fjsp/brandimarte/Mk01.fjs"));
        DispatchScheduler.plan(mk01, rule);
        assertThat(mk01.isFullyAssigned()).isTrue();
        assertThat(new ShopScoreCalculator().calculateScore(mk01).isFeasible()).isTrue();
        assertThat(mk01.makespan()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void earliestDueDateRunsTheUrgentOrderFirst() {
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        shop.station("OVEN");
        shop.order("LATER", 0, 500L, 1);
        shop.order("SOON", 0, 50L, 1);
        shop.operation("LATER/10", "LATER", null).on("OVEN", 10);
        shop.operation("SOON/10", "SOON", null).on("OVEN", 10);
        ShopSchedule schedule = shop.build();
        DispatchScheduler.plan(schedule, DispatchRule.EDD);
        assertThat(schedule.operation("SOON/10").getStart()).isZero();
        assertThat(schedule.operation("LATER/10").getStart()).isEqualTo(10);
    }

    @Test
    void theOperationGoesToTheEligibleStationWhereItCanStartEarliest() {
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        shop.station("FAST");
        shop.station("SLOW");
        shop.order("A", 0, null, 1);
        shop.order("B", 0, null, 1);
        shop.operation("A/10", "A", null).on("FAST", 10);
        shop.operation("B/10", "B", null).on("FAST", 5).on("SLOW", 8);
        ShopSchedule schedule = shop.build();
        DispatchScheduler.plan(schedule, DispatchRule.SPT);
        assertThat(schedule.operation("B/10").getStation().getId()).isEqualTo("FAST");
        assertThat(schedule.operation("A/10").getStation().getId()).isEqualTo("FAST");
        assertThat(schedule.makespan()).isEqualTo(15);
    }
}
