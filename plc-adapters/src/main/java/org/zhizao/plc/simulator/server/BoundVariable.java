package org.zhizao.plc.simulator.server;

import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/** A variable node whose value follows a device model; written only when the value changes. */
final class BoundVariable {

  private static final StatusCode NO_COMMUNICATION = new StatusCode(StatusCodes.Bad_NoCommunication);

  private final UaVariableNode node;
  private final Supplier<Variant> value;
  private Variant last;
  private boolean bad;

  BoundVariable(UaVariableNode node, Supplier<Variant> value) {
    this.node = node;
    this.value = value;
  }

  /** Writes the model's value to the node if it changed (or always when {@code force}). */
  void publish(boolean force) {
    Variant current = value.get();
    if (force || bad || !current.equals(last)) {
      DateTime now = DateTime.now();
      node.setValue(new DataValue(current, StatusCode.GOOD, now, now));
      last = current;
      bad = false;
    }
  }

  /** Keeps the last value but marks it Bad_NoCommunication. */
  void publishBad() {
    if (!bad) {
      DateTime now = DateTime.now();
      node.setValue(new DataValue(last == null ? Variant.NULL_VALUE : last, NO_COMMUNICATION, now, now));
      bad = true;
    }
  }
}
