package org.zhizao.scheduler.model;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * A work unit that processes one operation at a time. Its planning variable is the ordered
 * sequence of operations it runs; start and end times follow from that sequence, the routing and
 * the calendar.
 */
@PlanningEntity
public class Station {

    @PlanningId
    private String id;
    private int index;
    /** Energy drawn per tick of processing, used to prefer the more efficient eligible station. */
    private long powerDraw;
    private StationCalendar calendar;
    private SetupMatrix setupTimes;

    @PlanningListVariable
    private List<Operation> operations = new ArrayList<>();

    /** For OptaPlanner's cloning. */
    Station() {
    }

    public Station(String id, long powerDraw, StationCalendar calendar, SetupMatrix setupTimes) {
        this.id = id;
        this.powerDraw = powerDraw;
        this.calendar = calendar;
        this.setupTimes = setupTimes;
    }

    public Station(String id) {
        this(id, 0, StationCalendar.ALWAYS_OPEN, SetupMatrix.NONE);
    }

    public String getId() {
        return id;
    }

    /** Position in {@link ShopSchedule#getStations()}, used for fast lookups. */
    public int getIndex() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    public long getPowerDraw() {
        return powerDraw;
    }

    public StationCalendar getCalendar() {
        return calendar;
    }

    public void setCalendar(StationCalendar calendar) {
        this.calendar = calendar;
    }

    public SetupMatrix getSetupTimes() {
        return setupTimes;
    }

    /** The planned sequence, in processing order. */
    public List<Operation> getOperations() {
        return operations;
    }

    public void setOperations(List<Operation> operations) {
        this.operations = operations;
    }

    @Override
    public String toString() {
        return id;
    }
}
