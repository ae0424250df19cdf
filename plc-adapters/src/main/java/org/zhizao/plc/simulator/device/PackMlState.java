package org.zhizao.plc.simulator.device;

/** PackML unit states (ISA-TR88.00.02, OPC 30050) with their PackTags state numbers. */
public enum PackMlState implements NamedState {
  CLEARING(1, "Clearing"),
  STOPPED(2, "Stopped"),
  STARTING(3, "Starting"),
  IDLE(4, "Idle"),
  SUSPENDED(5, "Suspended"),
  EXECUTE(6, "Execute"),
  STOPPING(7, "Stopping"),
  ABORTING(8, "Aborting"),
  ABORTED(9, "Aborted"),
  HOLDING(10, "Holding"),
  HELD(11, "Held"),
  UNHOLDING(12, "Unholding"),
  SUSPENDING(13, "Suspending"),
  UNSUSPENDING(14, "Unsuspending"),
  RESETTING(15, "Resetting"),
  COMPLETING(16, "Completing"),
  COMPLETE(17, "Complete");

  private final int number;
  private final String browseName;

  PackMlState(int number, String browseName) {
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
