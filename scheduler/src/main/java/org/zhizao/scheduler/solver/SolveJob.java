package org.zhizao.scheduler.solver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.optaplanner.core.api.solver.Solver;
import org.zhizao.scheduler.model.ShopSchedule;

/** A solve running in the background: wait for it, or stop it early and keep the best plan so far. */
public final class SolveJob {

    private final Solver<ShopSchedule> solver;
    private final CompletableFuture<SolveResult> result;

    SolveJob(Solver<ShopSchedule> solver, CompletableFuture<SolveResult> result) {
        this.solver = solver;
        this.result = result;
    }

    /** Asks the solver to stop soon; {@link #result()} then completes with the best plan so far. */
    public void stop() {
        solver.terminateEarly();
        // a request made before the solver has started would be forgotten: repeat it until the end
        Thread repeater = new Thread(() -> {
            while (!result.isDone()) {
                solver.terminateEarly();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "shop-scheduler-stop");
        repeater.setDaemon(true);
        repeater.start();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Completes when the solve ends (limit reached or stopped). */
    public CompletableFuture<SolveResult> result() {
        return result;
    }

    /** Waits for the end of the solve. */
    public SolveResult await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            solver.terminateEarly();
            throw new IllegalStateException("Interrupted while waiting for the solve", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Solve failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
