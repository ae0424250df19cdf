package org.zhizao.mes.plant.domain;

import java.util.Arrays;
import java.util.Optional;

/** The device templates the OPC UA adapters know, each after its companion specification. */
public enum DeviceTemplate {
    /** OPC 40501-1 CNC systems with OPC 40001-1 machinery basics. */
    CNC_MACHINE_TOOL("cnc-machine-tool"),
    /** OPC 40010 robotics. */
    ROBOT("robot"),
    /** OPC 30050 PackML. */
    PACKML_STATION("packml-station"),
    ENERGY_METER("energy-meter"),
    AGV("agv");

    private final String id;

    DeviceTemplate(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DeviceTemplate> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
