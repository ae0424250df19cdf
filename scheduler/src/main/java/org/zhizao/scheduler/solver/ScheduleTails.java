package org.zhizao.scheduler.solver;

import java.util.List;

import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;

/**
 * For each operation of a timed plan, its tail: the longest chain of work (routing successors and
 * later operations on the same station, with setups) that must follow its end. Start + duration +
 * tail is the length of the longest path through the operation; it equals the makespan exactly for
 * critical operations, and lets a move be estimated in constant time.
 */
final class ScheduleTails {

    private long[] tail = new long[0];
    private int[] waiting = new int[0];
    private int[] order = new int[0];
    private Operation[] nextOnStation = new Operation[0];
    private long makespan;

    /** Computes the tails; returns {@code false} when the plan cannot be timed (a sequence cycle). */
    boolean compute(ShopSchedule schedule) {
        List<Operation> operations = schedule.getOperations();
        int n = operations.size();
        if (tail.length < n) {
            tail = new long[n];
            waiting = new int[n];
            order = new int[n];
            nextOnStation = new Operation[n];
        }
        makespan = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Operation operation = operations.get(i);
            if (operation.getStation() == null || operation.getEnd() == null) {
                return false;
            }
            waiting[i] = operation.getPredecessors().size();
            nextOnStation[i] = null;
            makespan = Math.max(makespan, operation.getEnd());
        }
        for (Station station : schedule.getStations()) {
            Operation before = null;
            for (Operation operation : station.getOperations()) {
                if (before != null) {
                    nextOnStation[before.getIndex()] = operation;
                    waiting[operation.getIndex()]++;
                }
                before = operation;
            }
        }
        int head = 0;
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                order[size++] = i;
            }
        }
        while (head < size) {
            Operation operation = operations.get(order[head++]);
            for (Operation successor : operation.getSuccessors()) {
                if (--waiting[successor.getIndex()] == 0) {
                    order[size++] = successor.getIndex();
                }
            }
            Operation next = nextOnStation[operation.getIndex()];
            if (next != null && --waiting[next.getIndex()] == 0) {
                order[size++] = next.getIndex();
            }
        }
        if (size < n) {
            return false;
        }
        for (int k = n - 1; k >= 0; k--) {
            Operation operation = operations.get(order[k]);
            long longest = 0;
            for (Operation successor : operation.getSuccessors()) {
                longest = Math.max(longest, successor.getDuration() + tail[successor.getIndex()]);
            }
            Operation next = nextOnStation[operation.getIndex()];
            if (next != null) {
                longest = Math.max(longest, next.getSetupTime() + next.getDuration() + tail[next.getIndex()]);
            }
            tail[operation.getIndex()] = longest;
        }
        return true;
    }

    long tail(Operation operation) {
        return tail[operation.getIndex()];
    }

    long makespan() {
        return makespan;
    }

    /** Whether the operation lies on a longest path (so moving it may shorten the plan). */
    boolean isCritical(Operation operation) {
        return operation.getEnd() + tail(operation) >= makespan;
    }
}
