package org.zhizao.mes.execution.domain;

import static org.zhizao.mes.execution.domain.OperationStatus.ABORTED;
import static org.zhizao.mes.execution.domain.OperationStatus.COMPLETED;
import static org.zhizao.mes.execution.domain.OperationStatus.DISPATCHED;
import static org.zhizao.mes.execution.domain.OperationStatus.PAUSED;
import static org.zhizao.mes.execution.domain.OperationStatus.PLANNED;
import static org.zhizao.mes.execution.domain.OperationStatus.STARTED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhizao.mes.shared.domain.Decision;

/**
 * The operation state machine: Planned → Dispatched → Started ⇄ Paused → Completed, or Aborted from
 * any unfinished state. A dispatched operation may be dispatched again to another station.
 */
public enum OperationTransition {
    DISPATCH("be dispatched", EnumSet.of(PLANNED, DISPATCHED), DISPATCHED),
    START("start", EnumSet.of(DISPATCHED), STARTED),
    PAUSE("pause", EnumSet.of(STARTED), PAUSED),
    RESUME("resume", EnumSet.of(PAUSED), STARTED),
    COMPLETE("complete", EnumSet.of(STARTED), COMPLETED),
    ABORT("be aborted", EnumSet.of(PLANNED, DISPATCHED, STARTED, PAUSED), ABORTED);

    private final String verb;
    private final Set<OperationStatus> from;
    private final OperationStatus to;

    OperationTransition(String verb, Set<OperationStatus> from, OperationStatus to) {
        this.verb = verb;
        this.from = from;
        this.to = to;
    }

    public Decision check(String operationCode, OperationStatus current) {
        if (from.contains(current)) {
            return Decision.allowed();
        }
        return Decision.rejected("operation " + operationCode + " cannot " + verb + ": it is " + current.label()
                + " (only possible when " + from.stream().map(OperationStatus::label)
                .collect(Collectors.joining(" or ")) + ")");
    }

    public OperationStatus target() {
        return to;
    }

    /** Whether this transition puts work on a station, which an order on hold or cancelled forbids. */
    public boolean needsWorkingOrder() {
        return this == DISPATCH || this == START || this == RESUME;
    }

    /** How the transition reads in a sentence, e.g. "be dispatched". */
    public String verb() {
        return verb;
    }
}
