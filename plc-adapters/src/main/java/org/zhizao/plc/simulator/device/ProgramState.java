package org.zhizao.plc.simulator.device;

/** OPC 40501-1 ProductionStateMachineType states of a machine tool's active program. */
public enum ProgramState implements NamedState {
  INITIALIZING(0, "Initializing"),
  RUNNING(1, "Running"),
  ENDED(2, "Ended"),
  INTERRUPTED(3, "Interrupted"),
  ABORTED(4, "Aborted");

  private final int number;
  private final String browseName;

  ProgramState(int number, String browseName) {
    this.number = number;
    this.browseName = browseName;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public String browseName() {
    return browseName;
  }
}
