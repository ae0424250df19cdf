package org.zhizao.mes.equipment.domain;

/**
 * The last good readings of the signals that decide a device's availability state; null where not
 * (yet) read.
 *
 * @param stateNumber the state machine's number (Machinery item state, PackML state, AGV state)
 * @param mode        the operation mode: Machinery operation mode name for a CNC machine, PackML unit mode
 *                    number as text for a station, operational mode number as text for a robot
 * @param blocked     PackML: outfeed full
 * @param starved     PackML: no part at infeed
 * @param stopReason  PackML stop reason id
 */
public record DeviceReadings(Long stateNumber, String mode, Boolean blocked, Boolean starved, Long stopReason) {

    public static final DeviceReadings NONE = new DeviceReadings(null, null, null, null, null);

    public DeviceReadings withStateNumber(Long value) {
        return new DeviceReadings(value, mode, blocked, starved, stopReason);
    }

    public DeviceReadings withMode(String value) {
        return new DeviceReadings(stateNumber, value, blocked, starved, stopReason);
    }

    public DeviceReadings withBlocked(Boolean value) {
        return new DeviceReadings(stateNumber, mode, value, starved, stopReason);
    }

    public DeviceReadings withStarved(Boolean value) {
        return new DeviceReadings(stateNumber, mode, blocked, value, stopReason);
    }

    public DeviceReadings withStopReason(Long value) {
        return new DeviceReadings(stateNumber, mode, blocked, starved, value);
    }
}
