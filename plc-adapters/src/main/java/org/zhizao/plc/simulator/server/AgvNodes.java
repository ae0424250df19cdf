package org.zhizao.plc.simulator.server;

import static org.zhizao.plc.simulator.server.Values.string;
import static org.zhizao.plc.simulator.server.DeviceNodeBuilder.argument;

import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.zhizao.plc.simulator.device.Agv;
import org.zhizao.plc.simulator.device.AgvMission;
import org.zhizao.plc.simulator.device.AgvState;

/** The {@code agv} template: pose in the workshop frame, speed, battery, state and mission. */
final class AgvNodes {

  private AgvNodes() {}

  static void add(DeviceNodeBuilder b, UaObjectNode root, Agv agv, int ns, Runnable publish) {
    CommonNodes.identification(b, root);
    CommonNodes.stateMachine(b, root, "State", "AgvState", agv::state, ns);

    UaObjectNode position = b.object(root, "Position");
    b.analog(position, "X", EngineeringUnit.METRE, () -> Values.real(agv.position().x(), 2));
    b.analog(position, "Y", EngineeringUnit.METRE, () -> Values.real(agv.position().y(), 2));
    b.analog(position, "Heading", EngineeringUnit.DEGREE, () -> Values.real(agv.heading(), 1));
    b.analog(root, "Speed", EngineeringUnit.METRE_PER_SECOND, () -> Values.real(agv.speed(), 2));
    b.analog(root, "MaxSpeed", EngineeringUnit.METRE_PER_SECOND, () -> Values.real(agv.maxSpeed(), 2));

    UaObjectNode battery = b.object(root, "Battery");
    b.analog(battery, "StateOfCharge", EngineeringUnit.PERCENT, () -> Values.real(agv.battery(), 1));
    b.variable(battery, "Charging", NodeIds.Boolean, () -> Values.flag(agv.state() == AgvState.CHARGING));

    UaObjectNode mission = b.object(root, "Mission");
    b.variable(mission, "Identifier", NodeIds.String, () -> Values.text(field(agv, AgvMission::identifier)));
    b.variable(mission, "Source", NodeIds.String, () -> Values.text(field(agv, AgvMission::source)));
    b.variable(mission, "Destination", NodeIds.String, () -> Values.text(field(agv, AgvMission::destination)));
    b.variable(mission, "Phase", NodeIds.String,
        () -> Values.text(agv.mission() == null ? "None" : agv.mission().phase().displayName()));
    b.variable(mission, "MissionsCompleted", NodeIds.UInt32, () -> Values.counter(agv.missionsCompleted()));
    b.method(mission, "Dispatch", "Dispatches a transport mission from a source to a destination",
        new Argument[] {
          argument("MissionId", NodeIds.String, "Identifier of the transport mission"),
          argument("Source", NodeIds.String, "Where to load: a station code, e.g. P1/F1/W1/L1/S01 or L1/S01"),
          argument("Destination", NodeIds.String, "Where to unload: a station code")
        },
        new Argument[0],
        in -> {
          agv.dispatch(string(in[0]), string(in[1]), string(in[2]));
          return new Variant[0];
        },
        publish);

    CommonNodes.power(b, b.object(root, "Monitoring"));
    CommonNodes.alarms(b, root);
  }

  private static String field(Agv agv, java.util.function.Function<AgvMission, String> f) {
    return agv.mission() == null ? "" : f.apply(agv.mission());
  }
}
