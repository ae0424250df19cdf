package org.zhizao.mes.equipment.domain;

import java.util.Optional;
import org.zhizao.mes.equipment.AvailabilityState;

/**
 * Maps a device's own states to the MES availability state, per device template:
 *
 * <ul>
 *   <li>{@code cnc-machine-tool} (OPC 40001-1 MachineryItemState, OPC 40501-1): Executing → Running;
 *       NotExecuting → Setup in operation mode Setup, else Idle; OutOfService → Unplanned down (a
 *       breakdown; mode Maintenance while it is repaired); NotAvailable → Offline.</li>
 *   <li>{@code robot} (OPC 40010-1 with OPC 40001-1 state): Executing → Running; NotExecuting (waiting
 *       for a part) → Starved; OutOfService (protective or emergency stop) → Unplanned down.</li>
 *   <li>{@code packml-station} (OPC 30050): Execute → Running; Suspended and its transitions → Blocked or
 *       Starved by the flags; Aborting, Aborted, Clearing after an abort → Unplanned down; unit mode
 *       Maintenance → Planned downtime; the other states → Idle.</li>
 *   <li>{@code agv}: Driving, Loading → Running; Idle → Idle; Charging → Planned downtime; Error →
 *       Unplanned down.</li>
 * </ul>
 *
 * Empty when the template has no state (energy meters) or nothing has been read yet.
 */
public final class StateMapping {

    private StateMapping() {
    }

    public static Optional<AvailabilityState> map(String template, DeviceReadings r) {
        if (r.stateNumber() == null) {
            return Optional.empty();
        }
        int n = r.stateNumber().intValue();
        return Optional.ofNullable(switch (template) {
            case "cnc-machine-tool" -> cnc(n, r.mode());
            case "robot" -> robot(n);
            case "packml-station" -> packMl(n, r);
            case "agv" -> agv(n);
            default -> null;
        });
    }

    private static AvailabilityState cnc(int itemState, String mode) {
        return switch (itemState) {
            case 3 -> AvailabilityState.RUNNING;
            case 2 -> "Setup".equals(mode) ? AvailabilityState.SETUP : AvailabilityState.IDLE;
            case 1 -> AvailabilityState.UNPLANNED_DOWN;
            default -> AvailabilityState.OFFLINE;
        };
    }

    private static AvailabilityState robot(int itemState) {
        return switch (itemState) {
            case 3 -> AvailabilityState.RUNNING;
            case 2 -> AvailabilityState.STARVED;
            case 1 -> AvailabilityState.UNPLANNED_DOWN;
            default -> AvailabilityState.OFFLINE;
        };
    }

    private static AvailabilityState packMl(int state, DeviceReadings r) {
        if ("2".equals(r.mode())) {
            return AvailabilityState.PLANNED_DOWNTIME;
        }
        return switch (state) {
            case 6 -> AvailabilityState.RUNNING;
            case 5, 13, 14 -> Boolean.TRUE.equals(r.blocked()) || Long.valueOf(102).equals(r.stopReason())
                    ? AvailabilityState.BLOCKED : AvailabilityState.STARVED;
            case 8, 9 -> AvailabilityState.UNPLANNED_DOWN;
            case 1 -> Long.valueOf(900).equals(r.stopReason())
                    ? AvailabilityState.UNPLANNED_DOWN : AvailabilityState.IDLE;
            default -> AvailabilityState.IDLE;
        };
    }

    private static AvailabilityState agv(int state) {
        return switch (state) {
            case 1, 2 -> AvailabilityState.RUNNING;
            case 0 -> AvailabilityState.IDLE;
            case 3 -> AvailabilityState.PLANNED_DOWNTIME;
            case 4 -> AvailabilityState.UNPLANNED_DOWN;
            default -> AvailabilityState.OFFLINE;
        };
    }
}
