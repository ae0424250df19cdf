package org.zhizao.plc.opcua;

import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.mapping.SignalMapping;

/** A device whose signals and methods have been found on the connected server. */
record ResolvedDevice(
    DeviceBinding binding, List<Signal> signals, Map<String, Method> methods) {

  /**
   * A signal found on the server.
   *
   * @param builtinType the built-in type behind the node's DataType, or {@code null} if unknown
   */
  record Signal(String device, SignalMapping mapping, NodeId nodeId, OpcUaDataType builtinType,
      int counterBits) {}

  /** A method found on the server, with the object it is called on. */
  record Method(NodeId objectId, NodeId methodId) {}

  Signal signal(String name) {
    return signals.stream().filter(s -> s.mapping().name().equals(name)).findFirst().orElse(null);
  }
}
