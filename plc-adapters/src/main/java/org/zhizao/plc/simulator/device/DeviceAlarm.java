package org.zhizao.plc.simulator.device;

/**
 * The alarm a device shows; severity follows OPC 10000-9 (1 lowest .. 1000 highest).
 *
 * @param code a short machine alarm code, e.g. {@code E2041}
 */
public record DeviceAlarm(boolean active, int severity, String code, String message) {

  /** No alarm. */
  public static final DeviceAlarm NONE = new DeviceAlarm(false, 0, "", "");
}
