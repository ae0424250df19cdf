package org.zhizao.scheduler.solver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.zhizao.scheduler.constraint.ShopConstraints;
import org.zhizao.scheduler.constraint.ShopScoreCalculator;
import org.zhizao.scheduler.model.ObjectiveWeights;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;

/**
 * Plans a {@link ShopSchedule}: builds a first plan (best dispatch rule, or greedy insertion into an
 * existing plan), then improves it with local search over station sequences until a limit is hit.
 * Pinned operations never move. Thread-safe; one instance can serve many solves.
 */
public final class ShopScheduler {

    // Search settings measured on Brandimarte (docs/scheduler.md); the system properties exist to
    // measure variants with the same build, not as a product setting.
    static final int LATE_ACCEPTANCE_SIZE = Integer.getInteger("scheduler.la", 1000);

    static final int ACCEPTED_COUNT_LIMIT = Integer.getInteger("scheduler.accepted", 1);
    static final int VALUE_TABU_SIZE = Integer.getInteger("scheduler.tabu", 0);

    /**
     * Simulated annealing starting at the cost of one tick of tardiness and one tick of makespan,
     * cooling to zero at the time limit; measured better than late acceptance (docs/scheduler.md).
     */
    private static LocalSearchAcceptorConfig acceptor(ObjectiveWeights weights) {
        String annealing = System.getProperty("scheduler.sa");
        if (System.getProperty("scheduler.la") != null) {
            return new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE);
        }
        if (VALUE_TABU_SIZE > 0) {
            return new LocalSearchAcceptorConfig().withValueTabuSize(VALUE_TABU_SIZE);
        }
        if (annealing == null) {
            long soft = Math.max(1, weights == null ? 1 : weights.getMakespan().softScore());
            annealing = HardMediumSoftLongScore.of(0, 1, soft).toString();
        }
        return new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(annealing);
    }

    /** Solves and blocks until a limit of {@code options} is reached. */
    public SolveResult solve(ShopSchedule problem, SolveOptions options) {
        return solveAsync(problem, options, plan -> { }).await();
    }

    /**
     * Solves in the background, calling {@code onBestSolution} (on the solver's thread) with each
     * new best plan; keep the callback short.
     */
    public SolveJob solveAsync(ShopSchedule problem, SolveOptions options, Consumer<ShopSchedule> onBestSolution) {
        long started = System.nanoTime();
        InitialPlan.complete(problem);
        boolean feasibleStart = new ShopScoreCalculator().calculateScore(problem).isFeasible();
        AtomicLong bestAt = new AtomicLong(System.nanoTime());
        AtomicLong feasibleAt = new AtomicLong(feasibleStart ? bestAt.get() : 0);
        Solver<ShopSchedule> solver = SolverFactory.<ShopSchedule>create(solverConfig(options, problem.getWeights()))
                .buildSolver();
        solver.addEventListener(event -> {
            long now = System.nanoTime();
            bestAt.set(now);
            if (event.getNewBestScore().isFeasible()) {
                feasibleAt.compareAndSet(0, now);
            }
            onBestSolution.accept(event.getNewBestSolution());
        });
        CompletableFuture<SolveResult> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                ShopSchedule best = solver.solve(problem);
                long ended = System.nanoTime();
                result.complete(new SolveResult(best, best.getScore(), Duration.ofNanos(bestAt.get() - started),
                        Duration.ofNanos(ended - started), scoreCalculations(solver),
                        feasibleAt.get() == 0 ? null : Duration.ofNanos(feasibleAt.get() - started)));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "shop-scheduler");
        thread.setDaemon(true);
        thread.start();
        return new SolveJob(solver, result);
    }

    /** The solver configuration used for every solve, exposed for benchmarking variants. */
    public static SolverConfig solverConfig(SolveOptions options, ObjectiveWeights weights) {
        TerminationConfig termination = new TerminationConfig();
        if (options.timeLimit() != null) {
            termination.setSpentLimit(options.timeLimit());
        }
        if (options.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(options.unimprovedTimeLimit());
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(OperationMoveIteratorFactory.class))
                .withAcceptorConfig(acceptor(weights))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(ShopSchedule.class)
                .withEntityClasses(Station.class, Operation.class)
                .withScoreDirectorFactory(scoring(options))
                .withTerminationConfig(termination)
                .withPhases(localSearch);
        if (options.seed() != null) {
            config.setRandomSeed(options.seed());
        }
        if (options.moveThreads() > 0) {
            config.setMoveThreadCount(Integer.toString(options.moveThreads()));
        }
        return config;
    }

    private static ScoreDirectorFactoryConfig scoring(SolveOptions options) {
        if (System.getProperty("scheduler.constraintStreams") != null) {
            return constraintStreamScoring();
        }
        return new ScoreDirectorFactoryConfig().withEasyScoreCalculatorClass(ShopScoreCalculator.class);
    }

    /** Scoring by {@link ShopConstraints}: used for explanations. */
    public static ScoreDirectorFactoryConfig constraintStreamScoring() {
        return new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(ShopConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    private static long scoreCalculations(Solver<ShopSchedule> solver) {
        return solver instanceof DefaultSolver<ShopSchedule> defaultSolver
                ? defaultSolver.getSolverScope().getScoreCalculationCount()
                : 0;
    }
}
