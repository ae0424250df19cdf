package org.zhizao.scheduler.solver;

import java.util.ArrayList;
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
 * Generates {@link OperationMove}s that only ever target eligible stations. Most moves take an
 * operation on a longest path and insert it where a constant-time estimate (start of the new
 * neighbours + duration + tail) says the longest path through it is shortest, over all its eligible
 * stations and positions. The others move an operation to a nearby position on a random eligible
 * station, or anywhere, for diversity.
 */
public class OperationMoveIteratorFactory implements MoveIteratorFactory<ShopSchedule, OperationMove> {

    static double bestInsertionShare = Double.parseDouble(System.getProperty("scheduler.bestShare", "0.7"));
    static double nearbyShare = Double.parseDouble(System.getProperty("scheduler.nearbyShare", "0.2"));
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
        Generator generator = new Generator(random);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public OperationMove next() {
                return generator.next(scoreDirector.getWorkingSolution());
            }
        };
    }

    /** Per-iterator state, so concurrent solves never share buffers. */
    static final class Generator {
        private final Random random;
        private final ScheduleTails tails = new ScheduleTails();
        private final List<Operation> critical = new ArrayList<>();
        private ShopSchedule analysed;
        private OperationMove lastMove;
        private boolean timed;

        Generator(Random random) {
            this.random = random;
        }

        OperationMove next(ShopSchedule schedule) {
            List<Operation> operations = schedule.getOperations();
            // moves that were tried and undone leave the plan as it was: keep the analysis until one is applied
            if (analysed != schedule || lastMove == null || lastMove.wasApplied()) {
                analyse(schedule);
            }
            lastMove = generate(schedule, operations);
            return lastMove;
        }

        private void analyse(ShopSchedule schedule) {
            analysed = schedule;
            timed = tails.compute(schedule);
            critical.clear();
            if (timed) {
                for (Operation operation : schedule.getOperations()) {
                    if (!operation.isPinned() && tails.isCritical(operation)) {
                        critical.add(operation);
                    }
                }
            }
        }

        private OperationMove generate(ShopSchedule schedule, List<Operation> operations) {
            for (int attempt = 0; attempt < 50; attempt++) {
                double kind = random.nextDouble();
                Operation operation = !critical.isEmpty() && kind < bestInsertionShare + nearbyShare
                        ? critical.get(random.nextInt(critical.size()))
                        : operations.get(random.nextInt(operations.size()));
                if (operation.isPinned() || operation.getStation() == null) {
                    continue;
                }
                OperationMove move = kind < bestInsertionShare && timed
                        ? bestInsertion(schedule, operation)
                        : kind < bestInsertionShare + nearbyShare ? nearby(schedule, operation) : anywhere(schedule, operation);
                if (move != null) {
                    return move;
                }
            }
            return anyMovable(operations);
        }

        private OperationMove bestInsertion(ShopSchedule schedule, Operation operation) {
            Station from = operation.getStation();
            int fromIndex = from.getOperations().indexOf(operation);
            long ready = Math.max(schedule.getPlanningStart(), operation.getReleaseTime());
            for (Operation before : operation.getPredecessors()) {
                ready = Math.max(ready, before.getEnd());
            }
            long successorTail = 0;
            for (Operation after : operation.getSuccessors()) {
                successorTail = Math.max(successorTail, after.getDuration() + tails.tail(after));
            }
            Station bestStation = null;
            int bestIndex = -1;
            long bestEstimate = Long.MAX_VALUE;
            int ties = 0;
            for (StationOption option : operation.getOptions()) {
                Station station = schedule.getStations().get(option.station().getIndex());
                List<Operation> sequence = station.getOperations();
                long duration = option.duration();
                int positions = sequence.size() - (station == from ? 1 : 0);
                for (int index = 0; index <= positions; index++) {
                    if (station == from && index == fromIndex) {
                        continue;
                    }
                    Operation previous = neighbour(sequence, operation, index - 1, station == from, fromIndex);
                    Operation next = neighbour(sequence, operation, index, station == from, fromIndex);
                    long start = ready;
                    if (previous != null) {
                        start = Math.max(start, previous.getEnd()
                                + station.getSetupTimes().between(previous.getFamily(), operation.getFamily()));
                    }
                    long after = successorTail;
                    if (next != null) {
                        after = Math.max(after, station.getSetupTimes().between(operation.getFamily(), next.getFamily())
                                + next.getDuration() + tails.tail(next));
                    }
                    long estimate = start + duration + after;
                    if (estimate < bestEstimate) {
                        bestEstimate = estimate;
                        bestStation = station;
                        bestIndex = index;
                        ties = 1;
                    } else if (estimate == bestEstimate && random.nextInt(++ties) == 0) {
                        bestStation = station;
                        bestIndex = index;
                    }
                }
            }
            return bestStation == null ? null : new OperationMove(operation, from, fromIndex, bestStation, bestIndex);
        }

        /** The operation at {@code index} of the sequence as it would be without the moved operation. */
        private static Operation neighbour(List<Operation> sequence, Operation moved, int index, boolean same,
                int fromIndex) {
            if (index < 0) {
                return null;
            }
            int actual = same && index >= fromIndex ? index + 1 : index;
            return actual < sequence.size() ? sequence.get(actual) : null;
        }

        private OperationMove nearby(ShopSchedule schedule, Operation operation) {
            Station from = operation.getStation();
            int fromIndex = from.getOperations().indexOf(operation);
            Station to = randomEligibleStation(schedule, operation);
            int size = to.getOperations().size() - (to == from ? 1 : 0);
            int toIndex = positionAt(to, operation) + random.nextInt(2 * NEARBY_SPREAD + 1) - NEARBY_SPREAD;
            toIndex = Math.max(0, Math.min(size, toIndex));
            return to == from && toIndex == fromIndex ? null : new OperationMove(operation, from, fromIndex, to, toIndex);
        }

        private OperationMove anywhere(ShopSchedule schedule, Operation operation) {
            Station from = operation.getStation();
            int fromIndex = from.getOperations().indexOf(operation);
            Station to = randomEligibleStation(schedule, operation);
            int size = to.getOperations().size() - (to == from ? 1 : 0);
            int toIndex = random.nextInt(size + 1);
            return to == from && toIndex == fromIndex ? null : new OperationMove(operation, from, fromIndex, to, toIndex);
        }

        private Station randomEligibleStation(ShopSchedule schedule, Operation operation) {
            // options refer to the problem's stations; the working solution holds its own copies
            List<StationOption> options = operation.getOptions();
            return schedule.getStations().get(options.get(random.nextInt(options.size())).station().getIndex());
        }

        private static OperationMove anyMovable(List<Operation> operations) {
            for (Operation operation : operations) {
                if (!operation.isPinned() && operation.getStation() != null) {
                    Station station = operation.getStation();
                    int index = station.getOperations().indexOf(operation);
                    return new OperationMove(operation, station, index, station, index);
                }
            }
            throw new IllegalStateException("No operation can be moved");
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
}
