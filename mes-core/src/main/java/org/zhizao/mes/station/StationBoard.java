package org.zhizao.mes.station;

import java.time.Instant;
import java.util.List;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.plant.PlantDirectory;

/**
 * Everything the terminal shows of one station at one moment.
 *
 * @param state       the availability state of the station's primary device; {@code OFFLINE} without a reading
 * @param stateSince  since when, or null when unknown
 * @param current     the operation the operator works on: the one chosen, else the first started, paused or
 *                    dispatched one; null when the station has no work
 * @param next        the other operations waiting on the station, started and paused first
 * @param countsToday what the station's machine counted since midnight
 * @param alarms      the alarms still active on the station's devices, newest first
 * @param downtimes   the downtime intervals of the station's primary device in the last hours, newest first
 */
public record StationBoard(PlantDirectory.StationInfo station, AvailabilityState state, Instant stateSince,
                           OperationView current, List<OperationView> next,
                           EquipmentHistory.StationCounts countsToday, List<StationDesk.StationAlarm> alarms,
                           List<EquipmentHistory.StateInterval> downtimes) {

    /** The first step not acknowledged yet, in order; null when none is open or there is no operation. */
    public OperationView.Step nextStep() {
        return current == null ? null : current.steps().stream().filter(s -> s.acknowledgedAt() == null)
                .findFirst().orElse(null);
    }
}
