package org.zhizao.scheduler.model;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One step of an order's routing, to be run on one of its eligible stations. The station and
 * sequence are planned; {@link #getStart()} and {@link #getEnd()} (ticks) are derived from them.
 *
 * <p>A <em>pinned</em> operation (started, finished or frozen by the supervisor) stays on its
 * station at its start time; the solver plans everything else around it.
 */
@PlanningEntity
public class Operation {

    @PlanningId
    private String id;
    private int index;
    private ProductionOrder order;
    private String family;
    private List<StationOption> options;
    private long releaseTime;
    private List<Operation> predecessors = new ArrayList<>();
    private List<Operation> successors = new ArrayList<>();
    private Long pinnedStart;
    private Long actualEnd;

    @InverseRelationShadowVariable(sourceVariableName = "operations")
    private Station station;
    @PreviousElementShadowVariable(sourceVariableName = "operations")
    private Operation previous;
    @ShadowVariable(variableListenerClass = OperationTimingListener.class,
            sourceEntityClass = Station.class, sourceVariableName = "operations")
    private Long start;
    @PiggybackShadowVariable(shadowVariableName = "start")
    private Long end;

    /** For OptaPlanner's cloning. */
    Operation() {
    }

    public Operation(String id, ProductionOrder order, String family, List<StationOption> options, long releaseTime) {
        this.id = id;
        this.order = order;
        this.family = family;
        this.options = List.copyOf(options);
        this.releaseTime = releaseTime;
    }

    public String getId() {
        return id;
    }

    /** Position in {@link ShopSchedule#getOperations()}, used for fast lookups. */
    public int getIndex() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    public ProductionOrder getOrder() {
        return order;
    }

    public String getFamily() {
        return family;
    }

    public List<StationOption> getOptions() {
        return options;
    }

    public long getReleaseTime() {
        return Math.max(releaseTime, order == null ? Long.MIN_VALUE : order.releaseTime());
    }

    public void setReleaseTime(long releaseTime) {
        this.releaseTime = releaseTime;
    }

    public List<Operation> getPredecessors() {
        return predecessors;
    }

    public List<Operation> getSuccessors() {
        return successors;
    }

    /** Whether the operation must stay on its station at {@link #getPinnedStart()}. */
    public boolean isPinned() {
        return pinnedStart != null;
    }

    public Long getPinnedStart() {
        return pinnedStart;
    }

    /** Pins (freezes) the operation at a start time; its current station is kept. */
    public void pinAt(long startTime) {
        this.pinnedStart = startTime;
    }

    public void unpin() {
        this.pinnedStart = null;
        this.actualEnd = null;
    }

    /** The reported end of a finished operation, or {@code null}. */
    public Long getActualEnd() {
        return actualEnd;
    }

    public void finishedAt(long startTime, long endTime) {
        this.pinnedStart = startTime;
        this.actualEnd = endTime;
    }

    public boolean isEligibleOn(Station candidate) {
        return optionOn(candidate) != null;
    }

    /** Processing time on the given station, or {@code -1} when the station is not eligible. */
    public long durationOn(Station candidate) {
        StationOption option = optionOn(candidate);
        return option == null ? -1 : option.duration();
    }

    /** Processing time on the planned station (shortest eligible one while unplanned or ineligible). */
    public long getDuration() {
        long duration = station == null ? -1 : durationOn(station);
        return duration >= 0 ? duration : shortestDuration();
    }

    public long shortestDuration() {
        long min = Long.MAX_VALUE;
        for (StationOption option : options) {
            min = Math.min(min, option.duration());
        }
        return min == Long.MAX_VALUE ? 0 : min;
    }

    /** Extra energy used on the planned station compared with the most efficient eligible one. */
    public long getExtraEnergy() {
        StationOption chosen = station == null ? null : optionOn(station);
        if (chosen == null) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        for (StationOption option : options) {
            best = Math.min(best, option.energy());
        }
        return chosen.energy() - best;
    }

    /** Setup time between the previous operation on the station and this one. */
    public long getSetupTime() {
        if (station == null || previous == null) {
            return 0;
        }
        return station.getSetupTimes().between(previous.getFamily(), family);
    }

    private StationOption optionOn(Station candidate) {
        for (StationOption option : options) {
            // the working solution holds copies of the stations the options were made with
            Station own = option.station();
            if (own == candidate || own.getIndex() == candidate.getIndex() && own.getId().equals(candidate.getId())) {
                return option;
            }
        }
        return null;
    }

    public Station getStation() {
        return station;
    }

    public void setStation(Station station) {
        this.station = station;
    }

    public Operation getPrevious() {
        return previous;
    }

    public void setPrevious(Operation previous) {
        this.previous = previous;
    }

    public Long getStart() {
        return start;
    }

    public void setStart(Long start) {
        this.start = start;
    }

    public Long getEnd() {
        return end;
    }

    public void setEnd(Long end) {
        this.end = end;
    }

    @Override
    public String toString() {
        return id;
    }
}
