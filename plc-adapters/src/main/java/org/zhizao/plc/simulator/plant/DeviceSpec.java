package org.zhizao.plc.simulator.plant;

/**
 * One simulated equipment item of the plant file.
 *
 * @param code the equipment's full code, e.g. {@code P1/F1/W1/L1/S01/CNC}
 * @param stationCode the code of the station that holds it, e.g. {@code P1/F1/W1/L1/S01}
 * @param name the English name
 * @param template the device template of its binding
 * @param rootNodeId the string identifier of its root node in the simulator's namespace
 * @param ratedPowerKw rated power, or 0 when the file gives none
 */
public record DeviceSpec(
    String code,
    String stationCode,
    String name,
    DeviceTemplate template,
    String rootNodeId,
    Identification identification,
    double ratedPowerKw) {}
