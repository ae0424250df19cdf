package org.zhizao.plc.simulator.server;

import static org.zhizao.plc.simulator.server.DeviceNodeBuilder.argument;
import static org.zhizao.plc.simulator.server.Values.string;

import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.zhizao.plc.simulator.device.CncMachineTool;
import org.zhizao.plc.simulator.device.ProductionJob;
import org.zhizao.plc.simulator.device.ProgramState;

/** The {@code cnc-machine-tool} template, shaped after OPC 40501-1 and OPC 40001-1. */
final class CncMachineToolNodes {

  private static final Argument JOB_IDENTIFIER =
      argument("JobIdentifier", NodeIds.String, "Identifier of the job (the MES work order step)");
  private static final Argument JOB_TO_STOP =
      argument("JobIdentifier", NodeIds.String, "The active job's identifier, or empty for whichever is active");

  private CncMachineToolNodes() {}

  static void add(DeviceNodeBuilder b, UaObjectNode root, CncMachineTool cnc, int ns, Runnable publish) {
    CommonNodes.identification(b, root);
    CommonNodes.stateMachine(b, root, "MachineryItemState", "MachineryItemState", cnc::state, ns);
    CommonNodes.stateMachine(
        b, root, "MachineryOperationMode", "MachineryOperationMode", cnc::operationMode, ns);

    UaObjectNode production = b.object(root, "Production");
    UaObjectNode program = b.object(production, "ActiveProgram");
    b.variable(program, "Name", NodeIds.String, () -> Values.text(job(cnc, ProductionJob::programName)));
    b.variable(program, "JobIdentifier", NodeIds.String,
        () -> Values.text(job(cnc, ProductionJob::identifier)));
    UaObjectNode state = b.object(program, "State");
    CommonNodes.currentState(b, state, "ProductionState",
        () -> cnc.job() == null ? ProgramState.INITIALIZING : cnc.job().state(), ns);
    b.variable(program, "RunsPlanned", NodeIds.UInt32,
        () -> Values.uint32(cnc.job() == null ? 0 : Math.min(cnc.job().quantity(), 0xFFFF_FFFFL)));
    b.variable(program, "RunsCompleted", NodeIds.UInt32,
        () -> Values.counter(cnc.job() == null ? 0 : cnc.job().runsCompleted()));
    b.variable(program, "GoodParts", NodeIds.UInt32,
        () -> Values.counter(cnc.job() == null ? 0 : cnc.job().goodParts()));
    jobManagement(b, production, cnc, publish);

    UaObjectNode counters = b.object(root, "LifetimeCounters");
    b.variable(counters, "PartsProduced", NodeIds.UInt32, () -> Values.counter(cnc.partsProduced()));
    b.variable(counters, "PartsGood", NodeIds.UInt32, () -> Values.counter(cnc.partsGood()));
    b.variable(counters, "PartsBad", NodeIds.UInt32, () -> Values.counter(cnc.partsBad()));

    UaObjectNode monitoring = b.object(root, "Monitoring");
    UaObjectNode spindle = b.object(monitoring, "Spindle");
    b.analog(spindle, "Speed", EngineeringUnit.REVOLUTIONS_PER_MINUTE,
        () -> Values.real(cnc.spindleSpeed(), 0));
    b.analog(spindle, "Load", EngineeringUnit.PERCENT, () -> Values.real(cnc.spindleLoad(), 1));
    UaObjectNode channel = b.object(monitoring, "Channel");
    b.analog(channel, "FeedOverride", EngineeringUnit.PERCENT, () -> Values.real(cnc.feedOverride(), 1));
    CommonNodes.power(b, monitoring);

    CommonNodes.alarms(b, root);
  }

  private static void jobManagement(
      DeviceNodeBuilder b, UaObjectNode production, CncMachineTool cnc, Runnable publish) {
    UaObjectNode jobs = b.object(production, "JobManagement");
    b.method(jobs, "StoreAndStart", "Stores a job and starts it at once (after setup)",
        new Argument[] {
          JOB_IDENTIFIER,
          argument("ProgramName", NodeIds.String, "NC program to run"),
          argument("Quantity", NodeIds.UInt32, "Good parts to make")
        },
        new Argument[0],
        in -> {
          cnc.storeAndStart(string(in[0]), string(in[1]), ((UInteger) in[2].value()).longValue());
          return new Variant[0];
        },
        publish);
    b.method(jobs, "Stop", "Stops the running job; it stays active, Interrupted",
        new Argument[] {JOB_TO_STOP}, new Argument[0],
        in -> {
          cnc.stop(string(in[0]));
          return new Variant[0];
        },
        publish);
    b.method(jobs, "Cancel", "Cancels the active job; it ends Aborted",
        new Argument[] {JOB_TO_STOP}, new Argument[0],
        in -> {
          cnc.cancel(string(in[0]));
          return new Variant[0];
        },
        publish);
  }

  private static String job(CncMachineTool cnc, java.util.function.Function<ProductionJob, String> field) {
    return cnc.job() == null ? "" : field.apply(cnc.job());
  }
}
