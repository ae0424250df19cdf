package org.zhizao.plc.simulator.device;

/** States of a simulated AGV. */
public enum AgvState implements NamedState {
  IDLE(0, "Idle"),
  DRIVING(1, "Driving"),
  LOADING(2, "Loading"),
  CHARGING(3, "Charging"),
  ERROR(4, "Error");

  private final int number;
  private final String browseName;

  AgvState(int number, String browseName) {
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
