package org.zhizao.plc.simulator.device;

/** A state of a finite state machine as OPC UA shows it: a number and a browse name. */
public interface NamedState {

  /** The state number (the {@code Number} of a CurrentState variable). */
  int number();

  /** The state's browse name, also its display name. */
  String browseName();
}
