package org.zhizao.scheduler.solver;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;

/**
 * Moves one operation to a position in a station's sequence (the same station or another
 * eligible one). {@code toIndex} is the position after the operation has been taken out.
 */
final class OperationMove extends AbstractMove<ShopSchedule> {

    private static final String SEQUENCE = "operations";

    private final Operation operation;
    private final Station from;
    private final int fromIndex;
    private final Station to;
    private final int toIndex;

    OperationMove(Operation operation, Station from, int fromIndex, Station to, int toIndex) {
        this.operation = operation;
        this.from = from;
        this.fromIndex = fromIndex;
        this.to = to;
        this.toIndex = toIndex;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ShopSchedule> scoreDirector) {
        return !(from == to && fromIndex == toIndex) && !operation.isPinned();
    }

    @Override
    protected OperationMove createUndoMove(ScoreDirector<ShopSchedule> scoreDirector) {
        return new OperationMove(operation, to, toIndex, from, fromIndex);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ShopSchedule> scoreDirector) {
        if (from == to) {
            int low = Math.min(fromIndex, toIndex);
            int high = Math.max(fromIndex, toIndex) + 1;
            scoreDirector.beforeListVariableChanged(from, SEQUENCE, low, high);
            from.getOperations().remove(fromIndex);
            from.getOperations().add(toIndex, operation);
            scoreDirector.afterListVariableChanged(from, SEQUENCE, low, high);
        } else {
            scoreDirector.beforeListVariableChanged(from, SEQUENCE, fromIndex, fromIndex + 1);
            from.getOperations().remove(fromIndex);
            scoreDirector.afterListVariableChanged(from, SEQUENCE, fromIndex, fromIndex);
            scoreDirector.beforeListVariableChanged(to, SEQUENCE, toIndex, toIndex);
            to.getOperations().add(toIndex, operation);
            scoreDirector.afterListVariableChanged(to, SEQUENCE, toIndex, toIndex + 1);
        }
    }

    /** Whether the plan currently shows this move done (rather than tried and undone). */
    boolean wasApplied() {
        List<Operation> sequence = to.getOperations();
        return toIndex < sequence.size() && sequence.get(toIndex) == operation && !(from == to && fromIndex == toIndex);
    }

    @Override
    public OperationMove rebase(ScoreDirector<ShopSchedule> destination) {
        return new OperationMove(destination.lookUpWorkingObject(operation), destination.lookUpWorkingObject(from),
                fromIndex, destination.lookUpWorkingObject(to), toIndex);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return from == to ? List.of(from) : List.of(from, to);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(operation);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "OperationMove";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OperationMove move && move.operation == operation && move.from == from
                && move.fromIndex == fromIndex && move.to == to && move.toIndex == toIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, from, fromIndex, to, toIndex);
    }

    @Override
    public String toString() {
        return operation + " {" + from + "[" + fromIndex + "] -> " + to + "[" + toIndex + "]}";
    }
}
