package org.zhizao.plc.simulator.device;

/** OPC 40001-1 MachineryItemState_StateMachineType states with their state numbers. */
public enum MachineryItemState implements NamedState {
  NOT_AVAILABLE(0, "NotAvailable"),
  OUT_OF_SERVICE(1, "OutOfService"),
  NOT_EXECUTING(2, "NotExecuting"),
  EXECUTING(3, "Executing");

  private final int number;
  private final String browseName;

  MachineryItemState(int number, String browseName) {
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
