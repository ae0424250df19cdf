package org.zhizao.plc.simulator;

/**
 * Faults a test can inject into a running simulator. Device codes are the plant file's full codes,
 * e.g. {@code P1/F1/W1/L1/S01/CNC} or {@code P1/F1/W1/AGV1}.
 */
public interface FaultInjection {

  /** Stops the OPC UA server (sessions drop, the port closes); the devices keep running. */
  void stopServer();

  /** Starts the server again on the same port with the same node ids. */
  void restartServer();

  /** Freezes a device: it stops changing and its values stay as they were, with Good quality. */
  void freeze(String deviceCode);

  /** Lets a frozen device run again. */
  void unfreeze(String deviceCode);

  /** Serves a device's values with Bad_NoCommunication quality, as after a lost field-bus link. */
  void dropValues(String deviceCode);

  /** Serves a device's values with Good quality again. */
  void restoreValues(String deviceCode);

  /** Breaks a device down now, as a random breakdown would (alarm, out of service). */
  void breakDown(String deviceCode);

  /** Repairs a broken-down device now. */
  void repair(String deviceCode);
}
