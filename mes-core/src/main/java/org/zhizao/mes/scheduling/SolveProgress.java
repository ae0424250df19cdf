package org.zhizao.mes.scheduling;

import java.time.Instant;

/**
 * Where the latest solve of a workshop stands.
 *
 * @param state          RUNNING, FINISHED (limit reached), STOPPED (stopped early), FAILED, or NONE (no solve yet)
 * @param elapsedSeconds time since the start, or the solve's whole time once it ended
 * @param bestScore      the best score so far, {@code hard/medium/soft}, e.g. {@code 0hard/-120medium/-5400soft}
 * @param feasible       whether the best plan so far breaks no hard constraint
 * @param improvements   how many times a better plan was found
 * @param planId         the stored plan once the solve ended
 * @param message        why it failed, if it did
 */
public record SolveProgress(String workshopCode, String state, String kind, Instant startedAt, int secondsLimit,
                            double elapsedSeconds, String bestScore, Boolean feasible, int improvements,
                            Long planId, Integer planNumber, String message) {

    static SolveProgress none(String workshopCode) {
        return new SolveProgress(workshopCode, "NONE", null, null, 0, 0, null, null, 0, null, null, null);
    }
}
