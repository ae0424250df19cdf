package org.zhizao.mes.equipment;

/**
 * What a device is doing, as the MES counts time: one state per moment, stored as intervals. ISO 22400-2
 * time elements: {@code RUNNING} is actual production time (APT), {@code SETUP} actual setup time (ASUT),
 * {@code UNPLANNED_DOWN} actual unit delay time (ADET); the rest is neither.
 */
public enum AvailabilityState {
    RUNNING,
    IDLE,
    SETUP,
    PLANNED_DOWNTIME,
    UNPLANNED_DOWN,
    BLOCKED,
    STARVED,
    /** The MES has no good reading of the device: not connected, or its values are bad. */
    OFFLINE;

    /** Whether an operator or supervisor may classify an interval of this state with a downtime reason. */
    public boolean isDowntime() {
        return this == UNPLANNED_DOWN || this == PLANNED_DOWNTIME || this == IDLE || this == BLOCKED
                || this == STARVED || this == OFFLINE;
    }
}
