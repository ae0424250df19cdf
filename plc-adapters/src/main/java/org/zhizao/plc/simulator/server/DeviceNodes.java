package org.zhizao.plc.simulator.server;

import java.util.ArrayList;
import java.util.List;
import org.zhizao.plc.simulator.device.SimulatedDevice;

/** The variable nodes of one device and how they follow it. */
final class DeviceNodes {

  private final SimulatedDevice device;
  private final List<BoundVariable> variables = new ArrayList<>();

  DeviceNodes(SimulatedDevice device) {
    this.device = device;
  }

  void add(BoundVariable variable) {
    variables.add(variable);
  }

  /** Brings the nodes up to date; call with the plant model's lock held. */
  void publish(boolean force) {
    if (device.valuesDropped()) {
      variables.forEach(BoundVariable::publishBad);
    } else if (!device.frozen() || force) {
      variables.forEach(v -> v.publish(force));
    }
  }

  SimulatedDevice device() {
    return device;
  }

  int size() {
    return variables.size();
  }
}
