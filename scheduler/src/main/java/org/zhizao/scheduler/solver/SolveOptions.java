package org.zhizao.scheduler.solver;

import java.time.Duration;

/**
 * Limits and settings of one solve. At least one limit is required so a solve always ends.
 *
 * @param timeLimit stop after this long; {@code null} for none
 * @param unimprovedTimeLimit stop when the best plan has not improved for this long; {@code null} for none
 * @param seed random seed for repeatable runs; {@code null} for the default seed
 * @param moveThreads extra threads evaluating moves (0 = none, the usual choice on 2 cores)
 */
public record SolveOptions(Duration timeLimit, Duration unimprovedTimeLimit, Long seed, int moveThreads) {

    public SolveOptions {
        if (timeLimit == null && unimprovedTimeLimit == null) {
            throw new IllegalArgumentException("A solve needs a time limit or an unimproved-time limit");
        }
        if (moveThreads < 0) {
            throw new IllegalArgumentException("Move threads must not be negative: " + moveThreads);
        }
    }

    public static SolveOptions timeLimit(Duration limit) {
        return new SolveOptions(limit, null, null, 0);
    }

    public static SolveOptions unimprovedTimeLimit(Duration limit) {
        return new SolveOptions(null, limit, null, 0);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, seed, moveThreads);
    }

    public SolveOptions withSeed(long randomSeed) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, randomSeed, moveThreads);
    }

    public SolveOptions withMoveThreads(int threads) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, seed, threads);
    }
}
