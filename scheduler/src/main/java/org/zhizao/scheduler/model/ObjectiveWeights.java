package org.zhizao.scheduler.model;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * How much each objective counts. Hard constraints always weigh one hard point per violation;
 * tardiness is the medium level; makespan, setup time and energy share the soft level with these
 * weights (per tick, per tick and per energy unit).
 */
@ConstraintConfiguration
public class ObjectiveWeights {

    public static final String MAKESPAN = "Makespan";
    public static final String SETUP = "Total setup time";
    public static final String ENERGY = "Energy-efficient station";
    public static final String COMPLETION = "Total order completion time";

    @ConstraintWeight(MAKESPAN)
    private HardMediumSoftLongScore makespan = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(SETUP)
    private HardMediumSoftLongScore setup = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(ENERGY)
    private HardMediumSoftLongScore energy = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(COMPLETION)
    private HardMediumSoftLongScore completion = HardMediumSoftLongScore.ZERO;

    public ObjectiveWeights() {
    }

    public ObjectiveWeights(long makespanWeight, long setupWeight, long energyWeight) {
        this(makespanWeight, setupWeight, energyWeight, 0);
    }

    /**
     * @param completionWeight weight of the sum of order completion times: finishing every order
     *        early, not only the last one; a small weight also guides the search when many plans share
     *        the same makespan
     */
    public ObjectiveWeights(long makespanWeight, long setupWeight, long energyWeight, long completionWeight) {
        this.makespan = HardMediumSoftLongScore.ofSoft(makespanWeight);
        this.setup = HardMediumSoftLongScore.ofSoft(setupWeight);
        this.energy = HardMediumSoftLongScore.ofSoft(energyWeight);
        this.completion = HardMediumSoftLongScore.ofSoft(completionWeight);
    }

    /** Weights for makespan-only benchmarks: makespan first, order completion times only as a tie-breaker. */
    public static ObjectiveWeights makespanFirst() {
        return new ObjectiveWeights(1_000_000, 0, 0, 1);
    }

    public HardMediumSoftLongScore getCompletion() {
        return completion;
    }

    public HardMediumSoftLongScore getMakespan() {
        return makespan;
    }

    public HardMediumSoftLongScore getSetup() {
        return setup;
    }

    public HardMediumSoftLongScore getEnergy() {
        return energy;
    }
}
