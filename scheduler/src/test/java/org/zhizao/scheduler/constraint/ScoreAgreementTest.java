package org.zhizao.scheduler.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.zhizao.scheduler.bench.GeneratedShop;
import org.zhizao.scheduler.dispatch.DispatchRule;
import org.zhizao.scheduler.dispatch.DispatchScheduler;
import org.zhizao.scheduler.model.ObjectiveWeights;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ScheduleTimeline;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.solver.ShopScheduler;

class ScoreAgreementTest {

    private final SolutionManager<ShopSchedule, HardMediumSoftLongScore> constraintStreams = SolutionManager.create(
            SolverFactory.create(new SolverConfig().withSolutionClass(ShopSchedule.class)
                    .withEntityClasses(Station.class, Operation.class)
                    .withScoreDirectorFactory(ShopScheduler.constraintStreamScoring())));

    @Test
    void theFastCalculatorScoresRandomPlansExactlyAsTheConstraintsDo() {
        // the solver scores with ShopScoreCalculator; ShopConstraints is the definition
        ShopSchedule schedule = GeneratedShop.generate(8, 5, 6, 3);
        schedule.setWeights(new ObjectiveWeights(3, 2, 1, 1));
        DispatchScheduler.plan(schedule, DispatchRule.EDD);
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            scramble(schedule, random);
            ScheduleTimeline.refresh(schedule);
            HardMediumSoftLongScore fast = new ShopScoreCalculator().calculateScore(schedule);
            assertThat(constraintStreams.update(schedule)).as("round " + round).isEqualTo(fast);
        }
    }

    /** Moves a random operation anywhere, including ineligible stations and cycles. */
    private static void scramble(ShopSchedule schedule, Random random) {
        List<Station> stations = schedule.getStations();
        Station from = stations.get(random.nextInt(stations.size()));
        if (from.getOperations().isEmpty()) {
            return;
        }
        Operation operation = from.getOperations().remove(random.nextInt(from.getOperations().size()));
        Station to = stations.get(random.nextInt(stations.size()));
        to.getOperations().add(random.nextInt(to.getOperations().size() + 1), operation);
    }
}
