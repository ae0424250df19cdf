package org.zhizao.plc.simulator.plant;

import java.util.Arrays;
import java.util.Optional;

/** The device templates of the plant file's bindings; each has its own address-space layout. */
public enum DeviceTemplate {
  CNC_MACHINE_TOOL("cnc-machine-tool"),
  ROBOT("robot"),
  PACKML_STATION("packml-station"),
  ENERGY_METER("energy-meter"),
  AGV("agv");

  private final String key;

  DeviceTemplate(String key) {
    this.key = key;
  }

  /** The name used in a binding's {@code template} field. */
  public String key() {
    return key;
  }

  /** The template named {@code key} in a plant file, if there is one. */
  public static Optional<DeviceTemplate> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
