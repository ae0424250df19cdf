package org.zhizao.plc.opcua;

import org.zhizao.plc.mapping.MappingProblem;

/**
 * Receives what the adapters see. Calls come from one delivery thread, in order per device; a
 * listener that blocks delays later updates but never the OPC UA client's own threads.
 */
public interface AdapterListener {

  /** A new value, or a quality change, of one signal. */
  default void onUpdate(SignalUpdate update) {}

  /** An endpoint connected, is reconnecting, or was lost. */
  default void onConnection(ConnectionEvent event) {}

  /**
   * A configuration problem that disables a device or one of its signals: found in a file, or
   * found on connecting (an unknown node, a wrong data type). The other devices keep streaming.
   */
  default void onProblem(MappingProblem problem) {}
}
