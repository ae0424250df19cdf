package org.zhizao.scheduler.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zhizao.scheduler.dispatch.DispatchRule;
import org.zhizao.scheduler.dispatch.DispatchScheduler;
import org.zhizao.scheduler.io.InstanceReader;
import org.zhizao.scheduler.model.ObjectiveWeights;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.solver.ShopScheduler;
import org.zhizao.scheduler.solver.SolveOptions;
import org.zhizao.scheduler.solver.SolveResult;

/**
 * Command line benchmark, run by {@code scheduler/bench}:
 * {@code bench [--seconds N] [--threads N] [--solver optaplanner|spt|mwkr|edd] [--seed N] FILE...}
 * where each FILE is an instance ({@code .fjs} or JSP text) or a bounds CSV. Prints
 * {@code instance,solver,makespan,best_known,gap_pct,seconds_to_best} per instance, then the mean gap.
 */
public final class SchedulerBench {

    private SchedulerBench() {
    }

    public static void main(String[] args) {
        long seconds = 30;
        int threads = 1;
        String solver = "optaplanner";
        long seed = 0;
        List<BenchmarkInstance> instances = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(value(args, ++i));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                case "--solver" -> solver = value(args, ++i).toLowerCase(Locale.ROOT);
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "-h", "--help" -> {
                    System.out.println("usage: bench [--seconds N] [--threads N] [--solver optaplanner|spt|mwkr|edd] "
                            + "[--seed N] (INSTANCE_FILE | BOUNDS_CSV)...");
                    return;
                }
                default -> {
                    Path path = Path.of(args[i]);
                    if (args[i].endsWith(".csv")) {
                        instances.addAll(BenchmarkInstance.fromBoundsCsv(path));
                    } else {
                        instances.add(BenchmarkInstance.fromFile(path));
                    }
                }
            }
        }
        if (instances.isEmpty()) {
            System.err.println("bench: give instance files or a bounds CSV (see --help)");
            System.exit(2);
        }
        System.out.println("instance,solver,makespan,best_known,gap_pct,seconds_to_best");
        double gapSum = 0;
        int gapCount = 0;
        for (BenchmarkInstance instance : instances) {
            ShopSchedule problem = InstanceReader.read(instance.file());
            // benchmarks judge makespan only; order completion times break ties between equal makespans
            problem.setWeights(ObjectiveWeights.makespanFirst());
            long started = System.nanoTime();
            long makespan;
            double secondsToBest;
            if (solver.equals("optaplanner")) {
                SolveOptions options = SolveOptions.timeLimit(Duration.ofSeconds(seconds)).withSeed(seed)
                        .withMoveThreads(threads > 1 ? threads : 0);
                long cpuBefore = processCpuNanos();
                // the score also counts the tie-breaker, so time the last makespan improvement separately
                long[] bestMakespan = {Long.MAX_VALUE, started};
                SolveResult result = new ShopScheduler().solveAsync(problem, options, best -> {
                    if (best.getScore().isFeasible() && best.makespan() < bestMakespan[0]) {
                        bestMakespan[0] = best.makespan();
                        bestMakespan[1] = System.nanoTime();
                    }
                }).await();
                long cpu = processCpuNanos() - cpuBefore;
                if (!result.isFeasible()) {
                    throw new IllegalStateException(instance.name() + ": no feasible plan found, score " + result.score());
                }
                makespan = result.plan().makespan();
                // no improving event: the first plan (best dispatch rule) already had the best makespan
                secondsToBest = bestMakespan[0] == Long.MAX_VALUE ? 0 : (bestMakespan[1] - started) / 1e9;
                if (System.getenv("BENCH_VERBOSE") != null) {
                    System.err.printf(Locale.ROOT, "%s: %d moves/s, %d moves per CPU second, score %s%n", instance.name(),
                            result.evaluatedMoves() * 1000 / Math.max(1, result.elapsed().toMillis()),
                            result.evaluatedMoves() * 1_000_000_000L / Math.max(1, cpu), result.score());
                }
            } else {
                DispatchScheduler.plan(problem, rule(solver));
                makespan = problem.makespan();
                secondsToBest = (System.nanoTime() - started) / 1e9;
            }
            String gap = "";
            if (instance.bestKnown() != null) {
                double value = 100.0 * (makespan - instance.bestKnown()) / instance.bestKnown();
                gapSum += value;
                gapCount++;
                gap = String.format(Locale.ROOT, "%.2f", value);
            }
            System.out.printf(Locale.ROOT, "%s,%s,%d,%s,%s,%.2f%n", instance.name(), solver, makespan,
                    instance.bestKnown() == null ? "" : instance.bestKnown(), gap, secondsToBest);
        }
        if (gapCount > 0) {
            System.out.printf(Locale.ROOT, "mean_gap_pct,%.2f%n", gapSum / gapCount);
        }
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static DispatchRule rule(String name) {
        try {
            return DispatchRule.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown solver '" + name + "': use optaplanner, spt, mwkr or edd");
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
