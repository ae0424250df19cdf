package org.zhizao.plc.simulator.server;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.zhizao.plc.simulator.device.SimulatedDevice;

/** The variable nodes of one device and how they follow it. */
final class DeviceNodes {

  private final SimulatedDevice device;
  private final List<BoundVariable> variables = new ArrayList<>();
  private AlarmEvents events;
  private NodeId root;
  private long alarmsRaised;

  DeviceNodes(SimulatedDevice device) {
    this.device = device;
    this.alarmsRaised = device.alarmsRaised();
  }

  /** Fires an alarm event from {@code root} whenever the device raises an alarm. */
  void fireAlarms(AlarmEvents alarmEvents, NodeId rootNode) {
    this.events = alarmEvents;
    this.root = rootNode;
  }

  void add(BoundVariable variable) {
    variables.add(variable);
  }

  /** Brings the nodes up to date; call with the plant model's lock held. */
  void publish(boolean force) {
    if (device.alarmsRaised() != alarmsRaised) {
      alarmsRaised = device.alarmsRaised();
      if (events != null && device.alarm().active() && !device.valuesDropped()) {
        events.fire(root, device.code(), device.alarm());
      }
    }
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
