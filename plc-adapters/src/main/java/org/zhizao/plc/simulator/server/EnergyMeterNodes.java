package org.zhizao.plc.simulator.server;

import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;

/** The {@code energy-meter} template: the station's active power and its monotonic energy. */
final class EnergyMeterNodes {

  private EnergyMeterNodes() {}

  static void add(DeviceNodeBuilder b, UaObjectNode root) {
    CommonNodes.identification(b, root);
    CommonNodes.power(b, b.object(root, "Monitoring"));
  }
}
