package org.zhizao.scheduler.constraint;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import java.util.function.Function;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.zhizao.scheduler.model.ObjectiveWeights;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.PrecedenceLink;

/**
 * The rules of a good plan. Hard: routing precedence, station eligibility, station calendars, no
 * overlap on a station, and a station sequence that contradicts the routing. Medium: weighted
 * tardiness of orders. Soft (weighted by {@link ObjectiveWeights}): makespan, total setup time, and
 * energy used above the most efficient eligible station.
 */
public class ShopConstraints implements ConstraintProvider {

    public static final String PRECEDENCE = "Routing precedence";
    public static final String ELIGIBILITY = "Eligible station";
    public static final String CALENDAR = "Station calendar";
    public static final String NO_OVERLAP = "No overlap on a station";
    public static final String DEADLOCK = "Sequence contradicts routing";
    public static final String TARDINESS = "Weighted tardiness";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            routingPrecedence(factory),
            stationEligibility(factory),
            stationCalendar(factory),
            noOverlap(factory),
            sequenceContradictsRouting(factory),
            weightedTardiness(factory),
            makespan(factory),
            totalSetupTime(factory),
            energyEfficientStation(factory),
            totalOrderCompletionTime(factory),
        };
    }

    // ---------------------------------------------------------------- hard

    /** An operation starts before a routing predecessor has ended: one point per tick of overlap. */
    Constraint routingPrecedence(ConstraintFactory factory) {
        return factory.forEach(PrecedenceLink.class)
                .join(Operation.class, equal(PrecedenceLink::before, Function.identity()))
                .join(Operation.class, equal((link, before) -> link.after(), Function.identity()))
                .filter((link, before, after) -> before.getEnd() != null && after.getStart() != null
                        && after.getStart() < before.getEnd())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (link, before, after) -> before.getEnd() - after.getStart())
                .asConstraint(PRECEDENCE);
    }

    /** An operation is planned on a station that cannot run it. */
    Constraint stationEligibility(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getStation() != null && !operation.isEligibleOn(operation.getStation()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(ELIGIBILITY);
    }

    /** A movable operation runs outside its station's available windows (or over a break it may not cross). */
    Constraint stationCalendar(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> !operation.isPinned() && operation.getStation() != null
                        && operation.getStart() != null
                        && !operation.getStation().getCalendar().permits(operation.getStart(), operation.getEnd(),
                                operation.getDuration()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(CALENDAR);
    }

    /** An operation starts before the previous one on its station (plus setup) has ended: points per tick. */
    Constraint noOverlap(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getPrevious() != null && operation.getStart() != null)
                .join(Operation.class, equal(Operation::getPrevious, Function.identity()))
                .filter((operation, previous) -> previous.getEnd() != null
                        && operation.getStart() < previous.getEnd() + operation.getSetupTime())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (operation, previous) -> previous.getEnd() + operation.getSetupTime() - operation.getStart())
                .asConstraint(NO_OVERLAP);
    }

    /** An operation sits on a station but cannot be timed, because its sequence contradicts the routing. */
    Constraint sequenceContradictsRouting(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getStation() != null && operation.getStart() == null)
                .penalize(HardMediumSoftLongScore.ofHard(1000))
                .asConstraint(DEADLOCK);
    }

    // ---------------------------------------------------------------- medium

    /** Each tick an order finishes after its due date, times its priority. */
    Constraint weightedTardiness(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getEnd() != null && operation.getOrder().hasDueDate())
                .groupBy(Operation::getOrder, max(Operation::getEnd))
                .filter((order, completion) -> completion > order.dueDate())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (order, completion) -> (completion - order.dueDate()) * order.priority())
                .asConstraint(TARDINESS);
    }

    // ---------------------------------------------------------------- soft

    /** The end of the last operation. */
    Constraint makespan(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getEnd() != null)
                .groupBy(max(Operation::getEnd))
                .penalizeConfigurableLong(makespan -> makespan)
                .asConstraint(ObjectiveWeights.MAKESPAN);
    }

    /** Changeover time between consecutive operations of different families. */
    Constraint totalSetupTime(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getSetupTime() > 0)
                .penalizeConfigurableLong(Operation::getSetupTime)
                .asConstraint(ObjectiveWeights.SETUP);
    }

    /** The sum over orders of the end of their last operation (zero weight unless configured). */
    Constraint totalOrderCompletionTime(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getEnd() != null)
                .groupBy(Operation::getOrder, max(Operation::getEnd))
                .penalizeConfigurableLong((order, completion) -> completion)
                .asConstraint(ObjectiveWeights.COMPLETION);
    }

    /** Energy used above that of the most efficient eligible station. */
    Constraint energyEfficientStation(ConstraintFactory factory) {
        return factory.forEach(Operation.class)
                .filter(operation -> operation.getExtraEnergy() > 0)
                .penalizeConfigurableLong(Operation::getExtraEnergy)
                .asConstraint(ObjectiveWeights.ENERGY);
    }
}
