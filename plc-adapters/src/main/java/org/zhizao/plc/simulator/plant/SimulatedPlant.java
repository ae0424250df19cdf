package org.zhizao.plc.simulator.plant;

import java.util.List;

/**
 * The parts of a plant file that the simulator serves: bound equipment, AGVs and workshop layouts.
 *
 * @param namespaceUri the namespace URI the served root nodes use
 */
public record SimulatedPlant(
    String namespaceUri,
    List<DeviceSpec> devices,
    List<AgvSpec> agvs,
    List<WorkshopLayout> workshops) {

  public SimulatedPlant {
    devices = List.copyOf(devices);
    agvs = List.copyOf(agvs);
    workshops = List.copyOf(workshops);
  }

  /** The layout of the workshop with this full code. */
  public WorkshopLayout workshop(String code) {
    return workshops.stream()
        .filter(w -> w.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no workshop " + code));
  }
}
