package org.zhizao.plc.simulator.device;

/** OPC 40010-1 OperationalModeEnumeration (ISO 10218-1 modes), values as the spec numbers them. */
public enum RobotOperationalMode {
  OTHER(0),
  MANUAL_REDUCED_SPEED(1),
  MANUAL_HIGH_SPEED(2),
  AUTOMATIC(3),
  AUTOMATIC_EXTERNAL(4);

  private final int value;

  RobotOperationalMode(int value) {
    this.value = value;
  }

  /** The enumeration value written to the OperationalMode variable. */
  public int value() {
    return value;
  }
}
