package org.zhizao.mes.scheduling;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.zhizao.scheduler.solver.SolveJob;

/** One solve of a workshop while it runs and after: its job, best score so far and outcome. */
final class WorkshopSolve {

    private final String workshopCode;
    private final String kind;
    private final Instant startedAt;
    private final long startedNanos = System.nanoTime();
    private final int secondsLimit;
    private final AtomicInteger improvements = new AtomicInteger();
    private volatile SolveJob job;
    private volatile HardMediumSoftLongScore best;
    private volatile boolean stopRequested;
    private volatile String state = "RUNNING";
    private volatile long endedNanos;
    private volatile Long planId;
    private volatile Integer planNumber;
    private volatile String message;

    WorkshopSolve(String workshopCode, String kind, Instant startedAt, int secondsLimit) {
        this.workshopCode = workshopCode;
        this.kind = kind;
        this.startedAt = startedAt;
        this.secondsLimit = secondsLimit;
    }

    boolean isRunning() {
        return "RUNNING".equals(state);
    }

    void attach(SolveJob solveJob) {
        this.job = solveJob;
        if (stopRequested) {
            solveJob.stop();
        }
    }

    void improved(HardMediumSoftLongScore score) {
        best = score;
        improvements.incrementAndGet();
    }

    /** @return false if there is nothing to stop (a re-plan runs to its short limit) */
    boolean stop() {
        stopRequested = true;
        SolveJob running = job;
        if (running != null) {
            running.stop();
        }
        return running != null;
    }

    void stored(HardMediumSoftLongScore score, long id, int number) {
        best = score;
        planId = id;
        planNumber = number;
        end(stopRequested ? "STOPPED" : "FINISHED");
    }

    void failed(String why) {
        message = why;
        end("FAILED");
    }

    private void end(String finalState) {
        endedNanos = System.nanoTime();
        state = finalState;
    }

    SolveProgress progress() {
        long until = isRunning() ? System.nanoTime() : endedNanos;
        HardMediumSoftLongScore score = best;
        return new SolveProgress(workshopCode, state, kind, startedAt, secondsLimit,
                Math.round((until - startedNanos) / 1e6) / 1000.0, score == null ? null : score.toString(),
                score == null ? null : score.isFeasible(), improvements.get(), planId, planNumber, message);
    }
}
