package org.zhizao.plc.simulator.server;

import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.zhizao.plc.simulator.device.Robot;

/**
 * The {@code robot} template, shaped after OPC 40010-1 (MotionDeviceSystem): controller task
 * control, safety state, motion device, plus OPC 40001-1 MachineryItemState derived from them.
 */
final class RobotNodes {

  /** OPC 40010-1 ExecutionModeEnumeration CONTINUOUS. */
  private static final int CONTINUOUS = 1;

  private RobotNodes() {}

  static void add(DeviceNodeBuilder b, UaObjectNode root, Robot robot, int ns) {
    CommonNodes.identification(b, root);
    CommonNodes.stateMachine(b, root, "MachineryItemState", "MachineryItemState", robot::state, ns);

    UaObjectNode controller = b.object(b.object(root, "Controllers"), "Controller");
    UaObjectNode controllerParameters = b.object(controller, "ParameterSet");
    b.variable(controllerParameters, "CycleCounter", NodeIds.UInt32,
        () -> Values.counter(robot.cycleCounter()));
    UaObjectNode task = b.object(b.object(controller, "TaskControls"), "TaskControl");
    UaObjectNode taskParameters = b.object(task, "ParameterSet");
    b.variable(taskParameters, "TaskProgramName", NodeIds.String, () -> Values.text(robot.taskProgram()));
    b.variable(taskParameters, "TaskProgramLoaded", NodeIds.Boolean, () -> Values.flag(true));
    b.variable(taskParameters, "ExecutionMode", NodeIds.Int32, () -> Values.int32(CONTINUOUS));

    UaObjectNode safety = b.object(b.object(root, "SafetyStates"), "SafetyState");
    UaObjectNode safetyParameters = b.object(safety, "ParameterSet");
    b.variable(safetyParameters, "OperationalMode", NodeIds.Int32,
        () -> Values.int32(robot.operationalMode().value()));
    b.variable(safetyParameters, "EmergencyStop", NodeIds.Boolean, () -> Values.flag(false));
    b.variable(safetyParameters, "ProtectiveStop", NodeIds.Boolean,
        () -> Values.flag(robot.protectiveStop()));

    UaObjectNode motion = b.object(b.object(root, "MotionDevices"), "MotionDevice");
    UaObjectNode motionParameters = b.object(motion, "ParameterSet");
    b.analog(motionParameters, "SpeedOverride", EngineeringUnit.PERCENT,
        () -> Values.real(robot.speedOverride(), 1));
    b.variable(motionParameters, "InControl", NodeIds.Boolean, () -> Values.flag(!robot.protectiveStop()));
    b.variable(motionParameters, "OnPath", NodeIds.Boolean, () -> Values.flag(robot.programRunning()));

    CommonNodes.power(b, b.object(root, "Monitoring"));
    CommonNodes.alarms(b, root);
  }
}
