package org.zhizao.plc.simulator.server;

import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.zhizao.plc.simulator.device.PackMlStation;

/** The {@code packml-station} template, shaped after OPC 30050 (PackML) with flattened PackTags. */
final class PackMlStationNodes {

  private PackMlStationNodes() {}

  static void add(
      DeviceNodeBuilder b, UaObjectNode root, PackMlStation station, int ns, Runnable publish) {
    CommonNodes.identification(b, root);
    UaObjectNode stateMachine =
        CommonNodes.stateMachine(b, root, "PackMLBaseStateMachine", "PackML", station::state, ns);
    command(b, stateMachine, "Start", "Idle → Starting → Execute", station::start, publish);
    command(b, stateMachine, "Stop", "→ Stopping → Stopped, then waits for Reset", station::stop, publish);
    command(b, stateMachine, "Reset", "Stopped or Complete → Resetting → Idle, then waits for Start",
        station::reset, publish);
    command(b, stateMachine, "Hold", "Execute or Suspended → Holding → Held, then waits for Unhold",
        station::hold, publish);
    command(b, stateMachine, "Unhold", "Held → Unholding → Execute", station::unhold, publish);
    command(b, stateMachine, "Abort", "→ Aborting → Aborted, then waits for Clear", station::abort, publish);
    command(b, stateMachine, "Clear", "Aborted → Clearing → Stopped", station::clear, publish);

    UaObjectNode status = b.object(root, "Status");
    b.variable(status, "StateCurrent", NodeIds.Int32, () -> Values.int32(station.state().number()));
    b.variable(status, "UnitModeCurrent", NodeIds.Int32, () -> Values.int32(station.unitMode()));
    b.analog(status, "CurMachSpeed", EngineeringUnit.PARTS_PER_MINUTE,
        () -> Values.real(station.currentSpeed(), 2));
    b.analog(status, "MachSpeed", EngineeringUnit.PARTS_PER_MINUTE,
        () -> Values.real(station.setSpeed(), 2));
    b.variable(status, "Blocked", NodeIds.Boolean, () -> Values.flag(station.blocked()));
    b.variable(status, "Starved", NodeIds.Boolean, () -> Values.flag(station.starved()));

    UaObjectNode admin = b.object(root, "Admin");
    b.variable(admin, "ProdProcessedCount", NodeIds.UInt32, () -> Values.counter(station.processed()));
    b.variable(admin, "ProdDefectiveCount", NodeIds.UInt32, () -> Values.counter(station.defective()));
    b.analog(admin, "MachDesignSpeed", EngineeringUnit.PARTS_PER_MINUTE,
        () -> Values.real(station.designSpeed(), 2));
    UaObjectNode stopReason = b.object(admin, "StopReason");
    b.variable(stopReason, "ID", NodeIds.Int32, () -> Values.int32(station.stopReasonId()));
    b.variable(stopReason, "Message", NodeIds.String, () -> Values.text(station.stopReason()));

    CommonNodes.power(b, b.object(root, "Monitoring"));
    CommonNodes.alarms(b, root);
  }

  /** A PackML command: a method without arguments, refused with Bad_InvalidState where not allowed. */
  private static void command(
      DeviceNodeBuilder b, UaObjectNode stateMachine, String name, String description, Runnable command,
      Runnable publish) {
    b.method(stateMachine, name, description, new Argument[0], new Argument[0],
        in -> {
          command.run();
          return new Variant[0];
        },
        publish);
  }
}
