package org.zhizao.scheduler.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;

import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.replan.Replanner;
import org.zhizao.scheduler.solver.ShopScheduler;
import org.zhizao.scheduler.solver.SolveOptions;
import org.zhizao.scheduler.solver.SolveResult;

/**
 * Re-planning benchmark: a generated plan of 500 operations on 30 stations, then the busiest
 * station breaks down for four hours; prints how fast a feasible repaired plan comes back.
 * Run with {@code BENCH_MAIN=org.zhizao.scheduler.bench.ReplanBench scheduler/bench [--initial-seconds N]}.
 */
public final class ReplanBench {

    /** Solver time of the re-plan, leaving room for setting up the solver within one second. */
    static final long REPLAN_LIMIT_MILLIS = 800;

    private ReplanBench() {
    }

    public static void main(String[] args) {
        long initialSeconds = args.length >= 2 && args[0].equals("--initial-seconds") ? Long.parseLong(args[1]) : 20;
        ShopScheduler scheduler = new ShopScheduler();
        ShopSchedule problem = GeneratedShop.generate(50, 10, 30, 42);
        SolveResult initial = scheduler.solve(problem, SolveOptions.timeLimit(Duration.ofSeconds(initialSeconds)).withSeed(1));
        ShopSchedule plan = initial.plan();
        System.out.printf(Locale.ROOT, "initial plan: %d operations, %d stations, score %s, makespan %d%n",
                plan.getOperations().size(), plan.getStations().size(), initial.score(), plan.makespan());
        long now = plan.getOperations().stream().mapToLong(Operation::getStart).min().orElse(0) + 240;
        Station busiest = plan.getStations().stream()
                .max(Comparator.comparingInt(station -> station.getOperations().size())).orElseThrow();
        int affected = (int) busiest.getOperations().stream().filter(o -> o.getEnd() > now).count();
        long started = System.nanoTime();
        SolveResult repaired = new Replanner(scheduler).stationDown(plan, busiest.getId(), now, now + 240, now,
                SolveOptions.timeLimit(Duration.ofMillis(REPLAN_LIMIT_MILLIS)).withSeed(1));
        double seconds = (System.nanoTime() - started) / 1e9;
        long movedOff = repaired.plan().getOperations().stream()
                .filter(o -> o.getStart() != null && o.getStart() >= now)
                .filter(o -> busiest.getId().equals(o.getStation().getId()))
                .count();
        System.out.printf(Locale.ROOT, "breakdown of %s from %d to %d (%d operations not yet finished there)%n",
                busiest.getId(), now, now + 240, affected);
        System.out.printf(Locale.ROOT, "repaired plan: feasible=%s score %s, makespan %d, %d operations left on %s%n",
                repaired.isFeasible(), repaired.score(), repaired.plan().makespan(), movedOff, busiest.getId());
        System.out.printf(Locale.ROOT, "replan_seconds,%.2f%nfirst_feasible_seconds,%.3f%n", seconds,
                repaired.firstFeasible() == null ? Double.NaN : repaired.firstFeasible().toMillis() / 1000.0);
    }
}
