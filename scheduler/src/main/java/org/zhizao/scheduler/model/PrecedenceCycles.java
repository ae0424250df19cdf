package org.zhizao.scheduler.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds cycles in routing precedence, which would make any plan impossible. */
final class PrecedenceCycles {

    private PrecedenceCycles() {
    }

    /** One message per cycle found, e.g. "Precedence cycle: A -> B -> A". */
    static List<String> find(Collection<Operation> operations) {
        Map<Operation, Integer> state = new HashMap<>();
        List<String> cycles = new ArrayList<>();
        for (Operation operation : operations) {
            if (!state.containsKey(operation)) {
                visit(operation, state, new ArrayList<>(), cycles);
            }
        }
        return cycles;
    }

    // iterative depth-first search so long routings cannot overflow the stack
    private static void visit(Operation root, Map<Operation, Integer> state, List<Operation> path, List<String> cycles) {
        List<Iterator> stack = new ArrayList<>();
        stack.add(new Iterator(root));
        state.put(root, 1);
        path.add(root);
        while (!stack.isEmpty()) {
            Iterator top = stack.get(stack.size() - 1);
            if (top.next < top.operation.getSuccessors().size()) {
                Operation successor = top.operation.getSuccessors().get(top.next++);
                Integer seen = state.get(successor);
                if (seen == null) {
                    state.put(successor, 1);
                    path.add(successor);
                    stack.add(new Iterator(successor));
                } else if (seen == 1) {
                    List<Operation> cycle = path.subList(path.indexOf(successor), path.size());
                    StringBuilder text = new StringBuilder("Precedence cycle: ");
                    cycle.forEach(o -> text.append(o.getId()).append(" -> "));
                    cycles.add(text.append(successor.getId()).toString());
                }
            } else {
                state.put(top.operation, 2);
                path.remove(path.size() - 1);
                stack.remove(stack.size() - 1);
            }
        }
    }

    private static final class Iterator {
        private final Operation operation;
        private int next;

        private Iterator(Operation operation) {
            this.operation = operation;
        }
    }
}
