package org.zhizao.plc.simulator.server;

import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.zhizao.plc.simulator.device.PackMlStation;

/** The {@code packml-station} template, shaped after OPC 30050 (PackML) with flattened PackTags. */
final class PackMlStationNodes {

  private PackMlStationNodes() {}

  static void add(DeviceNodeBuilder b, UaObjectNode root, PackMlStation station, int ns) {
    CommonNodes.identification(b, root);
    CommonNodes.stateMachine(b, root, "PackMLBaseStateMachine", "PackML", station::state, ns);

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
}
