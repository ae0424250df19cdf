package org.zhizao.scheduler.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;

/**
 * A chain of operations that determines the makespan: each one starts exactly when its routing
 * predecessor or its predecessor on the station (plus setup) ends. Only moving these operations
 * can shorten the plan, so the moves focus on them.
 */
final class CriticalPath {

    private CriticalPath() {
    }

    /** A critical path ending at a last-finishing operation, chosen at random among ties. */
    static List<Operation> find(ShopSchedule schedule, Random random) {
        Operation last = null;
        long latest = Long.MIN_VALUE;
        int ties = 0;
        for (Operation operation : schedule.getOperations()) {
            Long end = operation.getEnd();
            if (end == null) {
                continue;
            }
            if (end > latest) {
                latest = end;
                last = operation;
                ties = 1;
            } else if (end == latest && random.nextInt(++ties) == 0) {
                last = operation;
            }
        }
        List<Operation> path = new ArrayList<>();
        Operation current = last;
        while (current != null && path.size() <= schedule.getOperations().size()) {
            path.add(current);
            current = criticalPredecessor(current, random);
        }
        return path;
    }

    private static Operation criticalPredecessor(Operation operation, Random random) {
        if (operation.isPinned() || operation.getStart() == null) {
            return null;
        }
        long start = operation.getStart();
        Operation chosen = null;
        int candidates = 0;
        for (Operation before : operation.getPredecessors()) {
            if (before.getEnd() != null && before.getEnd() == start && random.nextInt(++candidates) == 0) {
                chosen = before;
            }
        }
        Operation previous = operation.getPrevious();
        if (previous != null && previous.getEnd() != null && previous.getEnd() + operation.getSetupTime() == start
                && random.nextInt(++candidates) == 0) {
            chosen = previous;
        }
        return chosen;
    }
}
