package org.zhizao.plc.simulator.plant;

/**
 * One AGV of the plant file.
 *
 * @param code full code, e.g. {@code P1/F1/W1/AGV1}
 * @param workshopCode the workshop whose paths it drives along
 * @param homePath the code (local to the workshop) of the path it starts on
 * @param maxSpeed metres per second
 */
public record AgvSpec(
    String code,
    String workshopCode,
    String name,
    String rootNodeId,
    Identification identification,
    String homePath,
    double maxSpeed) {}
