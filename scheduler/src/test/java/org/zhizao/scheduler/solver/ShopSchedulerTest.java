package org.zhizao.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.zhizao.scheduler.io.FjsReader;
import org.zhizao.scheduler.io.JspReader;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.ShopScheduleBuilder;

class ShopSchedulerTest {

    private final ShopScheduler scheduler = new ShopScheduler();

    /** Solves in the background and stops as soon as the makespan reaches {@code target}. */
    private SolveResult solveUntil(ShopSchedule problem, long target, Duration limit) throws Exception {
        SolveJob[] job = new SolveJob[1];
        job[0] = scheduler.solveAsync(problem, SolveOptions.timeLimit(limit).withSeed(7), best -> {
            if (best.getScore().isFeasible() && best.makespan() <= target) {
                job[0].stop();
            }
        });
        return job[0].result().get(limit.toSeconds() + 10, TimeUnit.SECONDS);
    }

    @Test
    void ft06ReachesItsOptimumOf55WithinAFewSeconds() throws Exception {
        ShopSchedule ft06 = JspReader.read(Path.of("benchmarks/jsp/ft06.txt"));
        SolveResult result = solveUntil(ft06, 55, Duration.ofSeconds(20));
        assertThat(result.isFeasible()).isTrue();
        assertThat(result.plan().makespan()).isEqualTo(55);
        assertThat(result.timeToBest()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void kacem1ReachesItsOptimumOf11() throws Exception {
        ShopSchedule kacem1 = FjsReader.read(Path.of("benchmarks/fjsp/kacem/Kacem1.fjs"));
        SolveResult result = solveUntil(kacem1, 11, Duration.ofSeconds(10));
        assertThat(result.plan().makespan()).isEqualTo(11);
    }

    @Test
    void anAsynchronousSolveReportsEachNewBestPlanAndCanBeStopped() {
        ShopSchedule mk01 = FjsReader.read(Path.of("benchmarks/fjsp/brandimarte/Mk01.fjs"));
        List<Long> makespans = new CopyOnWriteArrayList<>();
        SolveJob job = scheduler.solveAsync(mk01, SolveOptions.timeLimit(Duration.ofSeconds(60)),
                best -> makespans.add(best.makespan()));
        job.stop();
        SolveResult result = job.await();
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(20));
        assertThat(result.isFeasible()).isTrue();
        assertThat(makespans).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void anUnimprovedTimeLimitEndsTheSolve() {
        ShopSchedule kacem1 = FjsReader.read(Path.of("benchmarks/fjsp/kacem/Kacem1.fjs"));
        SolveResult result = scheduler.solve(kacem1, SolveOptions.unimprovedTimeLimit(Duration.ofMillis(500)));
        assertThat(result.isFeasible()).isTrue();
    }

    @Test
    void aSolveWithoutAnyLimitIsRefused() {
        assertThatThrownBy(() -> new SolveOptions(null, null, null, 0)).hasMessageContaining("time limit");
    }

    @Test
    void anImpossibleDueDateIsSolvedAnywayAndShowsAsTardiness() {
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        shop.station("OVEN");
        shop.order("RUSH", 0, 5L, 2);
        shop.operation("RUSH/10", "RUSH", null).on("OVEN", 20);
        SolveResult result = scheduler.solve(shop.build(), SolveOptions.unimprovedTimeLimit(Duration.ofMillis(300)));
        assertThat(result.isFeasible()).isTrue();
        assertThat(result.score().mediumScore()).isEqualTo(-30);
    }

    @Test
    void pinnedOperationsStayWhereTheyAre() {
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        shop.station("A");
        shop.station("B");
        shop.order("PO", 0, null, 1);
        shop.operation("PO/10", "PO", null).on("A", 10).on("B", 10).pinnedAt("B", 30);
        shop.operation("PO/20", "PO", null).on("A", 10).on("B", 10);
        SolveResult result = scheduler.solve(shop.build(), SolveOptions.unimprovedTimeLimit(Duration.ofMillis(300)));
        Operation pinned = result.plan().operation("PO/10");
        assertThat(pinned.getStation().getId()).isEqualTo("B");
        assertThat(pinned.getStart()).isEqualTo(30);
        assertThat(result.plan().operation("PO/20").getStart()).isEqualTo(40);
    }
}
