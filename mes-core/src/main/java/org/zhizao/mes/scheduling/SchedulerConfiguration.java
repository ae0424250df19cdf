package org.zhizao.mes.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhizao.scheduler.replan.Replanner;
import org.zhizao.scheduler.solver.ShopScheduler;

/** The scheduler library's solver, shared: it is thread-safe. */
@Configuration
class SchedulerConfiguration {

    @Bean
    ShopScheduler shopScheduler() {
        return new ShopScheduler();
    }

    @Bean
    Replanner replanner(ShopScheduler scheduler) {
        return new Replanner(scheduler);
    }
}
