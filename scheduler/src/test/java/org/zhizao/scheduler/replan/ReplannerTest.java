package org.zhizao.scheduler.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhizao.scheduler.bench.GeneratedShop;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ProductionOrder;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.solver.ShopScheduler;
import org.zhizao.scheduler.solver.SolveOptions;
import org.zhizao.scheduler.solver.SolveResult;

class ReplannerTest {

    private static final SolveOptions SHORT = SolveOptions.timeLimit(Duration.ofMillis(700)).withSeed(5);

    private final ShopScheduler scheduler = new ShopScheduler();
    private final Replanner replanner = new Replanner(scheduler);
    private ShopSchedule plan;
    private long now;

    @BeforeEach
    void planAGeneratedShop() {
        plan = scheduler.solve(GeneratedShop.generate(12, 5, 6, 9), SHORT).plan();
        now = plan.getOperations().stream().mapToLong(Operation::getStart).min().orElseThrow() + 60;
    }

    private Map<String, long[]> started() {
        return plan.getOperations().stream().filter(o -> o.getStart() < now)
                .collect(java.util.stream.Collectors.toMap(Operation::getId,
                        o -> new long[] {o.getStation().getIndex(), o.getStart()}));
    }

    @Test
    void aBreakdownKeepsStartedOperationsAndMovesTheRestOutOfTheWindow() {
        Map<String, long[]> started = started();
        Station broken = plan.getStations().get(0);
        long from = now;
        long to = now + 200;
        SolveResult result = replanner.stationDown(plan, broken.getId(), from, to, now, SHORT);

        assertThat(result.isFeasible()).isTrue();
        ShopSchedule repaired = result.plan();
        started.forEach((id, where) -> {
            Operation operation = repaired.operation(id);
            assertThat(operation.getStation().getIndex()).as(id).isEqualTo((int) where[0]);
            assertThat(operation.getStart()).as(id).isEqualTo(where[1]);
        });
        for (Operation operation : repaired.station(broken.getId()).getOperations()) {
            if (!started.containsKey(operation.getId())) {
                assertThat(operation.getStart() >= to || operation.getEnd() <= from).as(operation.getId()).isTrue();
            }
        }
        assertThat(repaired.getOperations()).allMatch(o -> started.containsKey(o.getId()) || o.getStart() >= now);
    }

    @Test
    void aRushOrderIsAddedAndPlannedWithoutMovingStartedWork() {
        Map<String, long[]> started = started();
        String station = plan.getStations().get(1).getId();
        NewOrder rush = new NewOrder(new ProductionOrder("RUSH-1", now, now + 100, 10), List.of(
                new NewOrder.Step("RUSH-1/10", "A", Map.of(station, 20L)),
                new NewOrder.Step("RUSH-1/20", "A", Map.of(station, 15L))));
        SolveResult result = replanner.orderAdded(plan, rush, now, SHORT);

        assertThat(result.isFeasible()).isTrue();
        Operation first = result.plan().operation("RUSH-1/10");
        Operation second = result.plan().operation("RUSH-1/20");
        assertThat(first.getStart()).isGreaterThanOrEqualTo(now);
        assertThat(second.getStart()).isGreaterThanOrEqualTo(first.getEnd());
        started.forEach((id, where) -> assertThat(result.plan().operation(id).getStart()).isEqualTo(where[1]));
    }

    @Test
    void anOperationFinishingLateDelaysItsSuccessor() {
        Operation running = plan.getOperations().stream()
                .filter(o -> o.getStart() < now && !o.getSuccessors().isEmpty())
                .findFirst().orElseThrow();
        String successor = running.getSuccessors().get(0).getId();
        long lateEnd = running.getEnd() + 300;
        SolveResult result = replanner.operationFinished(plan, running.getId(), lateEnd, now, SHORT);

        assertThat(result.plan().operation(running.getId()).getEnd()).isEqualTo(lateEnd);
        assertThat(result.plan().operation(successor).getStart()).isGreaterThanOrEqualTo(lateEnd);
    }
}
