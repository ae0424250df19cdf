package org.zhizao.mes.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhizao.mes.scheduling.domain.PlanningInputFixture.LATHE;
import static org.zhizao.mes.scheduling.domain.PlanningInputFixture.MILL;
import static org.zhizao.mes.scheduling.domain.PlanningInputFixture.at;
import static org.zhizao.mes.scheduling.domain.PlanningInputFixture.code;
import static org.zhizao.mes.scheduling.domain.PlanningInputFixture.on;
import static org.zhizao.mes.scheduling.domain.PlanningInputFixture.window;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.scheduling.domain.PlanningInput.Placement;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.model.TimeWindow;
import org.zhizao.scheduler.solver.ShopScheduler;
import org.zhizao.scheduler.solver.SolveOptions;

class PlanningProblemTest {

    private final PlanningInputFixture shop = new PlanningInputFixture()
            .station(LATHE, window(0, 240), window(270, 480))
            .station(MILL, window(0, 480));

    @Test
    void calendarWindowsBecomeMinuteTicksFromThePlanningStartAndTheStationIsOpenAfterTheHorizon() {
        shop.order(1, "SHAFTS", 2000, 3).operation(1, 10, 10, on(LATHE, 0, 3));
        Station lathe = PlanningProblem.of(shop.input()).schedule().station(LATHE);

        long horizon = 7 * 24 * 60;
        assertThat(lathe.getCalendar().available()).containsExactly(new TimeWindow(0, 240),
                new TimeWindow(270, 480), new TimeWindow(horizon, horizon + 10L * 366 * 24 * 60));
    }

    @Test
    void windowsAreClippedToThePlanningStartAndRoundedInward() {
        PlanningInputFixture clipped = new PlanningInputFixture().station(LATHE,
                new PlanningInput.Interval(at(-60), at(30).plusSeconds(30)),
                new PlanningInput.Interval(at(100).plusSeconds(1), at(200)));
        clipped.order(1, "SHAFTS", 2000, 3).operation(1, 10, 1, on(LATHE, 0, 1));

        assertThat(PlanningProblem.of(clipped.input()).schedule().station(LATHE).getCalendar().available())
                .startsWith(new TimeWindow(0, 30), new TimeWindow(101, 200));
    }

    @Test
    void processingTimeIsMinutesPerUnitTimesQuantityRoundedUp() {
        shop.order(1, "SHAFTS", 2000, 3).operation(1, 10, 25, on(LATHE, 20, 4.5), on(MILL, 25, 5));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();
        Operation turning = schedule.operation(code(1, 10));

        assertThat(turning.durationOn(schedule.station(LATHE))).isEqualTo(113);
        assertThat(turning.durationOn(schedule.station(MILL))).isEqualTo(125);
    }

    @Test
    void anOrdersOperationsFollowEachOtherInRoutingOrder() {
        shop.order(1, "SHAFTS", 2000, 3);
        shop.operation(1, 10, 5, on(LATHE, 0, 2));
        shop.operation(1, 20, 5, on(MILL, 0, 2));
        shop.operation(1, 30, 5, on(LATHE, 0, 2));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();

        assertThat(schedule.operation(code(1, 20)).getPredecessors()).extracting(Operation::getId)
                .containsExactly(code(1, 10));
        assertThat(schedule.operation(code(1, 30)).getPredecessors()).extracting(Operation::getId)
                .containsExactly(code(1, 20));
        assertThat(schedule.operation(code(1, 10)).getPredecessors()).isEmpty();
    }

    @Test
    void aChangeoverIntoAnotherFamilyCostsTheStationsSetupAndNoneWithinAFamily() {
        shop.order(1, "SHAFTS", 2000, 3).order(2, "GEARS", 2000, 3).order(3, "SHAFTS", 2000, 3);
        shop.operation(1, 10, 1, on(LATHE, 20, 1));
        shop.operation(2, 10, 1, on(LATHE, 35, 1));
        shop.operation(3, 10, 1, on(LATHE, 25, 1));
        Station lathe = PlanningProblem.of(shop.input()).schedule().station(LATHE);

        assertThat(lathe.getSetupTimes().between("GEARS", "SHAFTS")).isEqualTo(25);
        assertThat(lathe.getSetupTimes().between("SHAFTS", "GEARS")).isEqualTo(35);
        assertThat(lathe.getSetupTimes().between("SHAFTS", "SHAFTS")).isZero();
    }

    @Test
    void aStartedOperationIsPinnedOnItsStationFromItsStartAndAnotherStartedThereWaitsForIt() {
        shop.order(1, "SHAFTS", 2000, 3).order(2, "SHAFTS", 2000, 3);
        shop.started(1, 10, 10, LATHE, -30, on(LATHE, 0, 6), on(MILL, 0, 6));
        shop.started(2, 10, 10, LATHE, -20, on(LATHE, 0, 4));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();

        Operation first = schedule.operation(code(1, 10));
        Operation second = schedule.operation(code(2, 10));
        assertThat(first.isPinned()).isTrue();
        assertThat(first.getStation().getId()).isEqualTo(LATHE);
        assertThat(first.getStart()).isEqualTo(-30);
        assertThat(first.getEnd()).isEqualTo(30);
        assertThat(second.getStart()).isEqualTo(30);
        assertThat(second.getEnd()).isEqualTo(70);
    }

    @Test
    void startedOperationsWaitingOnOneStationPauseOverABreakAsTheSchedulerTimesThem() {
        shop.order(1, "SHAFTS", 2000, 3).order(2, "SHAFTS", 2000, 3).order(3, "SHAFTS", 2000, 3);
        shop.started(1, 10, 40, LATHE, -30, on(LATHE, 0, 6));
        shop.started(2, 10, 10, LATHE, -20, on(LATHE, 0, 4));
        shop.started(3, 10, 10, LATHE, -10, on(LATHE, 0, 1));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();

        assertThat(schedule.operation(code(2, 10)).getStart()).isEqualTo(210);
        assertThat(schedule.operation(code(2, 10)).getEnd()).isEqualTo(280);
        assertThat(schedule.operation(code(3, 10)).getStart()).isEqualTo(280);
    }

    @Test
    void aStartedOperationWaitsForNoPredecessorButItsSuccessorsWaitForIt() {
        shop.order(1, "SHAFTS", 2000, 3);
        shop.operation(1, 10, 5, on(LATHE, 0, 2));
        shop.started(1, 20, 5, MILL, -5, on(MILL, 0, 2));
        shop.operation(1, 30, 5, on(LATHE, 0, 2));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();

        assertThat(schedule.operation(code(1, 20)).getPredecessors()).isEmpty();
        assertThat(schedule.operation(code(1, 30)).getPredecessors()).extracting(Operation::getId)
                .containsExactly(code(1, 20));
    }

    @Test
    void startedOperationsOfDifferentFamiliesOnOneStationAreApartByTheChangeover() {
        shop.order(1, "SHAFTS", 2000, 3).order(2, "GEARS", 2000, 3);
        shop.started(1, 10, 10, LATHE, -30, on(LATHE, 0, 6));
        shop.started(2, 10, 10, LATHE, -20, on(LATHE, 15, 4));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();

        assertThat(schedule.operation(code(2, 10)).getStart()).isEqualTo(45);
    }

    @Test
    void aStartedOperationThatOverranItsTimeKeepsItsStartAndFreesItsStationAtThePlanningStart() {
        shop.order(1, "SHAFTS", 2000, 3).order(2, "SHAFTS", 2000, 3);
        shop.started(1, 10, 1, LATHE, -300, on(LATHE, 0, 5));
        shop.operation(2, 10, 1, on(LATHE, 0, 5));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();
        ShopSchedule solved = new ShopScheduler().solve(schedule, SolveOptions.timeLimit(Duration.ofMillis(300))
                .withSeed(1)).plan();

        assertThat(solved.operation(code(1, 10)).getStart()).isEqualTo(-300);
        assertThat(solved.operation(code(1, 10)).getEnd()).isEqualTo(-295);
        assertThat(solved.operation(code(2, 10)).getStart()).isZero();
    }

    @Test
    void aFrozenOperationKeepsItsStationAndStart() {
        shop.order(1, "SHAFTS", 2000, 3);
        long id = shop.operation(1, 10, 10, on(LATHE, 0, 3), on(MILL, 0, 3));
        shop.order(2, "SHAFTS", 2000, 3).operation(2, 10, 10, on(LATHE, 0, 3), on(MILL, 0, 3));
        shop.frozen(id, MILL, 120);
        PlanningProblem problem = PlanningProblem.of(shop.input());
        ShopSchedule schedule = problem.schedule();
        assertThat(problem.isFixed()).isFalse();

        Operation frozen = schedule.operation(code(1, 10));
        assertThat(frozen.isPinned()).isTrue();
        assertThat(frozen.getStation().getId()).isEqualTo(MILL);
        assertThat(frozen.getStart()).isEqualTo(120);

        ShopSchedule solved = new ShopScheduler().solve(schedule, SolveOptions.timeLimit(Duration.ofMillis(300))
                .withSeed(1)).plan();
        assertThat(solved.operation(code(1, 10)).getStation().getId()).isEqualTo(MILL);
        assertThat(solved.operation(code(1, 10)).getStart()).isEqualTo(120);
    }

    @Test
    void aProblemOfOnlyStartedAndFrozenOperationsIsFixed() {
        shop.order(1, "SHAFTS", 2000, 3).order(2, "SHAFTS", 2000, 3);
        shop.started(1, 10, 10, LATHE, -30, on(LATHE, 0, 6));
        long frozen = shop.operation(2, 10, 10, on(MILL, 0, 3));
        shop.frozen(frozen, MILL, 10);

        assertThat(PlanningProblem.of(shop.input()).isFixed()).isTrue();
    }

    @Test
    void dueDatesBecomeTicksAndPriorityOneWeighsMost() {
        shop.order(1, "SHAFTS", 600, 1).order(2, "SHAFTS", 900, 5);
        shop.operation(1, 10, 1, on(LATHE, 0, 1));
        shop.operation(2, 10, 1, on(LATHE, 0, 1));
        ShopSchedule schedule = PlanningProblem.of(shop.input()).schedule();

        assertThat(schedule.getOrders()).extracting(o -> o.dueDate() + "/" + o.priority())
                .containsExactly("600/5", "900/1");
    }

    @Test
    void aWarmStartPutsWaitingOperationsBackWhereTheEarlierPlanHadThem() {
        shop.order(1, "SHAFTS", 2000, 3);
        long turning = shop.operation(1, 10, 10, on(LATHE, 0, 3), on(MILL, 0, 3));
        PlanningProblem problem = PlanningProblem.of(shop.input())
                .warmStart(Map.of(turning, new Placement(MILL, at(50))));

        Operation operation = problem.schedule().operation(code(1, 10));
        assertThat(operation.getStation().getId()).isEqualTo(MILL);
        assertThat(operation.isPinned()).isFalse();
    }

    @Test
    void anOperationOfAnOrderThatIsNotPlannedIsRejected() {
        shop.operation(9, 10, 1, on(LATHE, 0, 1));
        assertThatThrownBy(() -> PlanningProblem.of(shop.input())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(code(9, 10));
    }

    @Test
    void aSolvedPlanReadsBackAsInstantsWithLatenessPerOrder() {
        shop.order(1, "SHAFTS", 10, 2);
        shop.operation(1, 10, 10, on(LATHE, 0, 3));
        shop.operation(1, 20, 10, on(MILL, 0, 2));
        PlanningProblem problem = PlanningProblem.of(shop.input());
        ShopSchedule solved = new ShopScheduler().solve(problem.schedule(),
                SolveOptions.timeLimit(Duration.ofMillis(300)).withSeed(1)).plan();

        PlanOutcome outcome = PlanOutcome.of(problem, solved);
        assertThat(outcome.feasible()).isTrue();
        assertThat(outcome.operations()).extracting(o -> o.operationCode() + "@" + o.stationCode() + " "
                + o.start() + "-" + o.end()).containsExactly(
                code(1, 10) + "@" + LATHE + " " + at(0) + "-" + at(30),
                code(1, 20) + "@" + MILL + " " + at(30) + "-" + at(50));
        assertThat(outcome.orders()).singleElement().satisfies(o -> {
            assertThat(o.completion()).isEqualTo(at(50));
            assertThat(o.latenessMinutes()).isEqualTo(40);
        });
        assertThat(outcome.summary()).contains("Feasible").contains("late by 40 min");
    }

    @Test
    void aSolvedPlanNamesTheChangeoverBeforeEachOperation() {
        shop.order(1, "SHAFTS", 2000, 3).order(2, "GEARS", 2000, 3);
        shop.started(1, 10, 10, LATHE, -30, on(LATHE, 0, 6));
        shop.started(2, 10, 10, LATHE, -20, on(LATHE, 15, 4));
        PlanningProblem problem = PlanningProblem.of(shop.input());

        PlanOutcome outcome = PlanOutcome.of(problem, problem.schedule());

        assertThat(outcome.operations()).extracting(o -> o.operationCode() + " " + o.setupMinutes())
                .containsExactly(code(1, 10) + " 0", code(2, 10) + " 15");
    }
}
