package org.zhizao.scheduler.solver;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.model.StationOption;

/**
 * Generates {@link OperationMove}s that only ever target eligible stations, mostly for operations
 * on a critical path: swap with a neighbour on the station, move to an eligible station near the
 * same time ("nearby" insertion), or, for diversity, anywhere on an eligible station.
 */
public class OperationMoveIteratorFactory implements MoveIteratorFactory<ShopSchedule, OperationMove> {

    private static final double CRITICAL_SHARE = 0.8;
    private static final double NEIGHBOUR_SWAP = 0.4;
    private static final double NEARBY_INSERT = 0.85;
    private static final int NEARBY_SPREAD = 2;

    @Override
    public long getSize(ScoreDirector<ShopSchedule> scoreDirector) {
        ShopSchedule schedule = scoreDirector.getWorkingSolution();
        return (long) schedule.getOperations().size() * schedule.getOperations().size();
    }

    @Override
    public Iterator<OperationMove> createOriginalMoveIterator(ScoreDirector<ShopSchedule> scoreDirector) {
        throw new UnsupportedOperationException("Operation moves are only selected at random");
    }

    @Override
    public Iterator<OperationMove> createRandomMoveIterator(ScoreDirector<ShopSchedule> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public OperationMove next() {
                return generate(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    static OperationMove generate(ShopSchedule schedule, Random random) {
        List<Operation> operations = schedule.getOperations();
        for (int attempt = 0; attempt < 50; attempt++) {
            Operation operation;
            if (random.nextDouble() < CRITICAL_SHARE) {
                List<Operation> path = CriticalPath.find(schedule, random);
                operation = path.isEmpty() ? null : path.get(random.nextInt(path.size()));
            } else {
                operation = operations.get(random.nextInt(operations.size()));
            }
            if (operation == null || operation.isPinned() || operation.getStation() == null) {
                continue;
            }
            OperationMove move = moveFor(schedule, operation, random);
            if (move != null) {
                return move;
            }
        }
        // nothing movable found by sampling: fall back to any movable operation
        for (Operation operation : operations) {
            if (!operation.isPinned() && operation.getStation() != null) {
                Station station = operation.getStation();
                int index = station.getOperations().indexOf(operation);
                return new OperationMove(operation, station, index, station, index);
            }
        }
        throw new IllegalStateException("No operation can be moved");
    }

    private static OperationMove moveFor(ShopSchedule schedule, Operation operation, Random random) {
        Station from = operation.getStation();
        int fromIndex = from.getOperations().indexOf(operation);
        double kind = random.nextDouble();
        if (kind < NEIGHBOUR_SWAP) {
            int toIndex = fromIndex + (random.nextBoolean() ? 1 : -1);
            if (toIndex < 0 || toIndex >= from.getOperations().size()) {
                return null;
            }
            return new OperationMove(operation, from, fromIndex, from, toIndex);
        }
        List<StationOption> options = operation.getOptions();
        // options refer to the problem's stations; the working solution holds its own copies
        Station to = schedule.getStations().get(options.get(random.nextInt(options.size())).station().getIndex());
        int size = to.getOperations().size() - (to == from ? 1 : 0);
        int toIndex;
        if (kind < NEARBY_INSERT) {
            toIndex = positionAt(to, operation) + random.nextInt(2 * NEARBY_SPREAD + 1) - NEARBY_SPREAD;
            toIndex = Math.max(0, Math.min(size, toIndex));
        } else {
            toIndex = random.nextInt(size + 1);
        }
        if (to == from && toIndex == fromIndex) {
            return null;
        }
        return new OperationMove(operation, from, fromIndex, to, toIndex);
    }

    /** How many other operations on the station start before this operation does. */
    private static int positionAt(Station station, Operation operation) {
        long start = operation.getStart() == null ? 0 : operation.getStart();
        int position = 0;
        for (Operation other : station.getOperations()) {
            if (other != operation && other.getStart() != null && other.getStart() < start) {
                position++;
            }
        }
        return position;
    }
}
