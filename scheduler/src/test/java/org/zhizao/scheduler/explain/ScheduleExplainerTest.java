package org.zhizao.scheduler.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhizao.scheduler.dispatch.DispatchRule;
import org.zhizao.scheduler.dispatch.DispatchScheduler;
import org.zhizao.scheduler.model.ObjectiveWeights;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.ShopScheduleBuilder;

class ScheduleExplainerTest {

    @Test
    void theExplanationNamesTheCostOfEachConstraintAndHowLateEachOrderIs() {
        ShopScheduleBuilder shop = new ShopScheduleBuilder().weights(new ObjectiveWeights(1, 1, 1));
        shop.station("OVEN").setup("A", "B", 5);
        shop.order("EARLY", 0, 100L, 1);
        shop.order("LATE", 0, 12L, 2);
        shop.operation("EARLY/10", "EARLY", "A").on("OVEN", 10);
        shop.operation("LATE/10", "LATE", "B").on("OVEN", 10);
        ShopSchedule plan = shop.build();
        DispatchScheduler.plan(plan, DispatchRule.SPT);

        ScheduleExplanation explanation = new ScheduleExplainer().explain(plan);

        assertThat(explanation.score().hardScore()).isZero();
        assertThat(explanation.costs()).extracting(ConstraintCost::constraint)
                .contains("Weighted tardiness", "Makespan", "Total setup time");
        OrderLateness late = explanation.orders().get(0);
        assertThat(late.orderId()).isEqualTo("LATE");
        assertThat(late.completion()).isEqualTo(25);
        assertThat(late.lateness()).isEqualTo(13);
        assertThat(explanation.summary()).contains("order LATE late by 13");
    }
}
