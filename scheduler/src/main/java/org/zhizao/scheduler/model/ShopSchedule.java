package org.zhizao.scheduler.model;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning problem and its plan: stations with their operation sequences, the operations of
 * the released orders, and the score. Times are ticks (see {@link TimeWindow}).
 *
 * <p>Build one with {@link ShopScheduleBuilder}, which validates the input.
 */
@PlanningSolution
public class ShopSchedule {

    @PlanningEntityCollectionProperty
    private List<Station> stations;
    // Operations are planning entities (they carry shadow variables) but are exposed as problem
    // facts: as an entity collection OptaPlanner 10.1 fails counting unassigned list values.
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Operation> operations;
    @ProblemFactCollectionProperty
    private List<ProductionOrder> orders;
    @ProblemFactCollectionProperty
    private List<PrecedenceLink> precedenceLinks;
    @ConstraintConfigurationProvider
    private ObjectiveWeights weights;
    /** Nothing but pinned operations may start before this tick ("now" when re-planning). */
    private long planningStart;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's cloning. */
    ShopSchedule() {
    }

    public ShopSchedule(List<Station> stations, List<Operation> operations, List<ProductionOrder> orders,
            ObjectiveWeights weights, long planningStart) {
        this.stations = new ArrayList<>(stations);
        this.operations = new ArrayList<>(operations);
        this.orders = new ArrayList<>(orders);
        this.weights = weights;
        this.planningStart = planningStart;
        reindex();
    }

    /** Renumbers stations and operations and rebuilds the precedence links after a structural change. */
    public final void reindex() {
        for (int i = 0; i < stations.size(); i++) {
            stations.get(i).setIndex(i);
        }
        precedenceLinks = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            operation.setIndex(i);
            for (Operation before : operation.getPredecessors()) {
                precedenceLinks.add(new PrecedenceLink(before, operation));
            }
        }
    }

    public List<Station> getStations() {
        return stations;
    }

    public List<Operation> getOperations() {
        return operations;
    }

    public List<ProductionOrder> getOrders() {
        return orders;
    }

    public List<PrecedenceLink> getPrecedenceLinks() {
        return precedenceLinks;
    }

    public ObjectiveWeights getWeights() {
        return weights;
    }

    public void setWeights(ObjectiveWeights weights) {
        this.weights = weights;
    }

    public long getPlanningStart() {
        return planningStart;
    }

    public void setPlanningStart(long planningStart) {
        this.planningStart = planningStart;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public Station station(String id) {
        return stations.stream().filter(s -> s.getId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown station " + id));
    }

    public Operation operation(String id) {
        return operations.stream().filter(o -> o.getId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown operation " + id));
    }

    /** Latest end of any operation, or 0 for an empty plan. */
    public long makespan() {
        long max = 0;
        for (Operation operation : operations) {
            if (operation.getEnd() != null) {
                max = Math.max(max, operation.getEnd());
            }
        }
        return max;
    }

    /** Whether every operation sits on a station. */
    public boolean isFullyAssigned() {
        return operations.stream().allMatch(o -> o.getStation() != null);
    }
}
