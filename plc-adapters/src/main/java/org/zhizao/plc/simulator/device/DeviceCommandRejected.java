package org.zhizao.plc.simulator.device;

/** A command a device refuses, with a reason an operator can read. */
public class DeviceCommandRejected extends RuntimeException {

  /** Why a command is refused. */
  public enum Reason {
    /** An argument is missing or out of range. */
    INVALID_ARGUMENT,
    /** The device cannot do it in its current state. */
    INVALID_STATE
  }

  private final Reason reason;

  public DeviceCommandRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
