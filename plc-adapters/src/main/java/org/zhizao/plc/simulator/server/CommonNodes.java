package org.zhizao.plc.simulator.server;

import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.zhizao.plc.simulator.device.NamedState;
import org.zhizao.plc.simulator.device.SimulatedDevice;

/** Nodes every device template shares: identification, state machines, alarms, power and energy. */
final class CommonNodes {

  private CommonNodes() {}

  /** {@code Identification} (OPC 10000-100 / OPC 40001-1): Manufacturer, Model, SerialNumber. */
  static void identification(DeviceNodeBuilder b, UaNode root) {
    SimulatedDevice device = b.device();
    UaObjectNode identification = b.object(root, "Identification");
    b.property(identification, "Manufacturer", NodeIds.LocalizedText,
        () -> Values.localized(device.identification().manufacturer()));
    b.property(identification, "Model", NodeIds.LocalizedText,
        () -> Values.localized(device.identification().model()));
    b.property(identification, "SerialNumber", NodeIds.String,
        () -> Values.text(device.identification().serialNumber()));
  }

  /**
   * A state machine object with {@code CurrentState} (LocalizedText) and its {@code Id} (NodeId
   * {@code s=States/<machine>/<state>}) and {@code Number} (UInt32) properties, as OPC 10000-16
   * FiniteStateVariableType has them.
   */
  static UaObjectNode stateMachine(
      DeviceNodeBuilder b, UaNode parent, String browseName, String machine,
      Supplier<? extends NamedState> state, int namespaceIndex) {
    UaObjectNode stateMachine = b.object(parent, browseName);
    currentState(b, stateMachine, machine, state, namespaceIndex);
    return stateMachine;
  }

  /** {@code CurrentState} with {@code Id} and {@code Number} under {@code parent}. */
  static void currentState(
      DeviceNodeBuilder b, UaNode parent, String machine, Supplier<? extends NamedState> state,
      int namespaceIndex) {
    UaVariableNode current = b.variable(parent, "CurrentState", NodeIds.LocalizedText,
        () -> Values.localized(state.get().browseName()));
    b.property(current, "Id", NodeIds.NodeId,
        () -> Variant.ofNodeId(
            new NodeId(namespaceIndex, "States/" + machine + "/" + state.get().browseName())));
    b.property(current, "Number", NodeIds.UInt32, () -> Values.uint32(state.get().number()));
  }

  /** {@code Alarms}: the active alarm's flag, severity, code and message, and a lifetime count. */
  static void alarms(DeviceNodeBuilder b, UaNode root) {
    SimulatedDevice device = b.device();
    UaObjectNode alarms = b.object(root, "Alarms");
    b.variable(alarms, "Active", NodeIds.Boolean, () -> Values.flag(device.alarm().active()));
    b.variable(alarms, "Severity", NodeIds.UInt16, () -> Values.uint16(device.alarm().severity()));
    b.variable(alarms, "Code", NodeIds.String, () -> Values.text(device.alarm().code()));
    b.variable(alarms, "Message", NodeIds.String, () -> Values.text(device.alarm().message()));
    b.variable(alarms, "AlarmsRaised", NodeIds.UInt32, () -> Values.counter(device.alarmsRaised()));
  }

  /** {@code ActivePower} (kW) and the monotonic {@code ActiveEnergy} (kWh) under {@code parent}. */
  static void power(DeviceNodeBuilder b, UaNode parent) {
    SimulatedDevice device = b.device();
    b.analog(parent, "ActivePower", EngineeringUnit.KILOWATT, () -> Values.real(device.powerKw(), 2));
    b.analog(parent, "ActiveEnergy", EngineeringUnit.KILOWATT_HOUR,
        () -> Values.real(Math.floor(device.energyKwh() * 1000) / 1000, 3));
  }

  /**
   * The simulator's own fault injection over OPC UA, {@code Simulation/BreakDown} and
   * {@code Simulation/Repair} without arguments, so a trainer or a test in another process can break a
   * machine down (alarm, out of service) and repair it. Not part of any companion specification.
   */
  static void simulation(DeviceNodeBuilder b, UaNode root, Runnable publish) {
    SimulatedDevice device = b.device();
    UaObjectNode simulation = b.object(root, "Simulation");
    b.method(simulation, "BreakDown", "Breaks the device down now, as a random breakdown would",
        new Argument[0],
        new Argument[0],
        in -> {
          device.breakDown();
          return new Variant[0];
        },
        publish);
    b.method(simulation, "Repair", "Ends a breakdown now",
        new Argument[0],
        new Argument[0],
        in -> {
          device.repair();
          return new Variant[0];
        },
        publish);
  }
}
