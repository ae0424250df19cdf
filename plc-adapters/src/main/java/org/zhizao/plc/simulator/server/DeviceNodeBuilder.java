package org.zhizao.plc.simulator.server;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.zhizao.plc.simulator.device.SimulatedDevice;

/**
 * Creates the nodes of one device. Every node id is its parent's string id plus {@code /BrowseName},
 * so ids are stable across restarts and readable: {@code s=P1/F1/W1/L1/S01/CNC/Monitoring/ActivePower}.
 */
final class DeviceNodeBuilder {

  private final UaNodeContext context;
  private final int namespaceIndex;
  private final DeviceNodes nodes;
  private final Object lock;

  DeviceNodeBuilder(UaNodeContext context, int namespaceIndex, DeviceNodes nodes, Object lock) {
    this.context = context;
    this.namespaceIndex = namespaceIndex;
    this.nodes = nodes;
    this.lock = lock;
  }

  SimulatedDevice device() {
    return nodes.device();
  }

  /** The device's root object, in the parent folder. */
  UaObjectNode root(UaNode folder, String id, String browseName, String description) {
    UaObjectNode root = objectNode(new NodeId(namespaceIndex, id), browseName);
    root.setDescription(LocalizedText.english(description));
    link(folder, NodeIds.Organizes, root);
    return root;
  }

  /** A child object (HasComponent, BaseObjectType). */
  UaObjectNode object(UaNode parent, String browseName) {
    UaObjectNode object = objectNode(childId(parent, browseName), browseName);
    link(parent, NodeIds.HasComponent, object);
    return object;
  }

  /** A read-only data variable (HasComponent, BaseDataVariableType) following {@code value}. */
  UaVariableNode variable(UaNode parent, String browseName, NodeId dataType, Supplier<Variant> value) {
    UaVariableNode node = variableNode(parent, browseName, dataType, NodeIds.BaseDataVariableType);
    link(parent, NodeIds.HasComponent, node);
    nodes.add(new BoundVariable(node, value));
    return node;
  }

  /** An analog data variable (AnalogItemType) with an EngineeringUnits property. */
  UaVariableNode analog(
      UaNode parent, String browseName, EngineeringUnit unit, Supplier<Variant> value) {
    UaVariableNode node = variableNode(parent, browseName, NodeIds.Double, NodeIds.AnalogItemType);
    link(parent, NodeIds.HasComponent, node);
    nodes.add(new BoundVariable(node, value));
    UaVariableNode units =
        variableNode(node, "EngineeringUnits", NodeIds.EUInformation, NodeIds.PropertyType);
    units.setValue(new DataValue(Variant.ofStruct(unit.information())));
    link(node, NodeIds.HasProperty, units);
    return node;
  }

  /** A property (HasProperty, PropertyType) following {@code value}. */
  UaVariableNode property(UaNode parent, String browseName, NodeId dataType, Supplier<Variant> value) {
    UaVariableNode node = variableNode(parent, browseName, dataType, NodeIds.PropertyType);
    link(parent, NodeIds.HasProperty, node);
    nodes.add(new BoundVariable(node, value));
    return node;
  }

  /** A method of {@code parent} that runs {@code body} under the plant model's lock. */
  void method(
      UaNode parent, String browseName, String description, Argument[] inputs, Argument[] outputs,
      MethodBody body, Runnable afterCall) {
    UaMethodNode method =
        UaMethodNode.builder(context)
            .setNodeId(childId(parent, browseName))
            .setBrowseName(new QualifiedName(namespaceIndex, browseName))
            .setDisplayName(LocalizedText.english(browseName))
            .setDescription(LocalizedText.english(description))
            .build();
    SimulatedDevice device = nodes.device();
    BooleanSupplier reachable = () -> !device.frozen() && !device.valuesDropped();
    DeviceMethod handler =
        new DeviceMethod(method, inputs, outputs, body, lock, reachable, afterCall);
    method.setInputArguments(inputs);
    method.setOutputArguments(outputs);
    method.setInvocationHandler(handler);
    context.getNodeManager().addNode(method);
    link(parent, NodeIds.HasComponent, method);
  }

  static Argument argument(String name, NodeId dataType, String description) {
    return new Argument(
        name, dataType, ValueRanks.Scalar, null, LocalizedText.english(description));
  }

  private UaObjectNode objectNode(NodeId id, String browseName) {
    UaObjectNode object =
        UaObjectNode.builder(context)
            .setNodeId(id)
            .setBrowseName(new QualifiedName(namespaceIndex, browseName))
            .setDisplayName(LocalizedText.english(browseName))
            .setTypeDefinition(NodeIds.BaseObjectType)
            .build();
    context.getNodeManager().addNode(object);
    return object;
  }

  private UaVariableNode variableNode(
      UaNode parent, String browseName, NodeId dataType, NodeId typeDefinition) {
    UaVariableNode node =
        new UaVariableNode.UaVariableNodeBuilder(context)
            .setNodeId(childId(parent, browseName))
            .setBrowseName(new QualifiedName(namespaceIndex, browseName))
            .setDisplayName(LocalizedText.english(browseName))
            .setDataType(dataType)
            .setTypeDefinition(typeDefinition)
            .setValueRank(ValueRanks.Scalar)
            .setAccessLevel(AccessLevel.READ_ONLY)
            .setUserAccessLevel(AccessLevel.READ_ONLY)
            .build();
    context.getNodeManager().addNode(node);
    return node;
  }

  private NodeId childId(UaNode parent, String browseName) {
    return new NodeId(namespaceIndex, parent.getNodeId().getIdentifier() + "/" + browseName);
  }

  private static void link(UaNode parent, NodeId referenceType, UaNode child) {
    parent.addReference(
        new Reference(parent.getNodeId(), referenceType, child.getNodeId().expanded(), true));
  }
}
