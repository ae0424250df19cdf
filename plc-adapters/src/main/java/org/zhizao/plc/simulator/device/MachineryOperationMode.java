package org.zhizao.plc.simulator.device;

/** OPC 40001-1 MachineryOperationModeStateMachineType states. */
public enum MachineryOperationMode implements NamedState {
  NONE(0, "None"),
  MAINTENANCE(1, "Maintenance"),
  SETUP(2, "Setup"),
  PROCESSING(3, "Processing");

  private final int number;
  private final String browseName;

  MachineryOperationMode(int number, String browseName) {
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
