package org.zhizao.plc.simulator;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/** A plain Milo client for the simulator tests: connect, read by node id string, call, browse. */
final class OpcUaTestClient implements AutoCloseable {

  private final OpcUaClient client;
  private final int namespaceIndex;

  private OpcUaTestClient(OpcUaClient client) throws UaException {
    this.client = client;
    this.namespaceIndex =
        client.readNamespaceTable().getIndex("urn:zhizao:plant-simulator").intValue();
  }

  /** Anonymous, no security. */
  static OpcUaTestClient connect(PlantSimulator simulator) throws UaException {
    return connect(simulator, SecurityPolicy.None, new AnonymousProvider());
  }

  static OpcUaTestClient connect(
      PlantSimulator simulator, SecurityPolicy policy, IdentityProvider identity) throws UaException {
    return connect(simulator, policy, identity, config -> {});
  }

  /** Connects with extra client configuration, e.g. an application certificate. */
  static OpcUaTestClient connect(
      PlantSimulator simulator, SecurityPolicy policy, IdentityProvider identity,
      java.util.function.Consumer<org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder> more)
      throws UaException {
    OpcUaClient client =
        OpcUaClient.create(
            simulator.endpointUrl(),
            endpoints -> select(endpoints, policy),
            transport -> {},
            config -> {
              config.setIdentityProvider(identity).setRequestTimeout(uint(10_000));
              more.accept(config);
            });
    try {
      client.connect();
    } catch (UaException e) {
      try {
        client.disconnect();
      } catch (UaException ignored) {
        // nothing was connected
      }
      throw e;
    }
    return new OpcUaTestClient(client);
  }

  private static Optional<EndpointDescription> select(
      List<EndpointDescription> endpoints, SecurityPolicy policy) {
    MessageSecurityMode mode =
        policy == SecurityPolicy.None ? MessageSecurityMode.None : MessageSecurityMode.SignAndEncrypt;
    return endpoints.stream()
        .filter(e -> e.getSecurityPolicyUri().equals(policy.getUri()))
        .filter(e -> e.getSecurityMode() == mode)
        .filter(e -> !e.getEndpointUrl().endsWith("/discovery"))
        .findFirst();
  }

  OpcUaClient milo() {
    return client;
  }

  NodeId nodeId(String id) {
    return new NodeId(namespaceIndex, id);
  }

  DataValue read(String id) throws UaException {
    return client.readValue(0, TimestampsToReturn.Both, nodeId(id));
  }

  /** The values of several nodes read in one Read request, in the order asked. */
  List<Object> values(String... ids) throws UaException {
    List<NodeId> nodes = java.util.Arrays.stream(ids).map(this::nodeId).toList();
    return client.readValues(0, TimestampsToReturn.Neither, nodes).stream()
        .map(v -> v.getValue().value()).toList();
  }

  Object value(String id) throws UaException {
    return read(id).getValue().value();
  }

  long number(String id) throws UaException {
    return ((Number) value(id)).longValue();
  }

  /** Polls a value until it matches, failing after {@code timeout}. */
  Object await(String id, Predicate<Object> condition, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Object last = null;
    while (System.nanoTime() < deadline) {
      last = value(id);
      if (condition.test(last)) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(id + " did not reach the expected value within " + timeout + "; last " + last);
  }

  /** Calls a method of an object; returns its status and outputs. */
  CallMethodResult call(String objectId, String methodId, Variant... inputs) throws UaException {
    CallMethodRequest request = new CallMethodRequest(nodeId(objectId), nodeId(methodId), inputs);
    return client.call(List.of(request)).getResults()[0];
  }

  StatusCode callStatus(String objectId, String methodId, Variant... inputs) throws UaException {
    return call(objectId, methodId, inputs).getStatusCode();
  }

  /** Browse names of the forward hierarchical children of a node. */
  List<String> children(NodeId node) throws UaException {
    BrowseDescription description =
        new BrowseDescription(
            node, BrowseDirection.Forward, NodeIds.HierarchicalReferences, true,
            uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue() | NodeClass.Method.getValue()),
            uint(BrowseResultMask.All.getValue()));
    List<String> names = new ArrayList<>();
    ReferenceDescription[] references = client.browse(description).getReferences();
    for (ReferenceDescription reference : references == null ? new ReferenceDescription[0] : references) {
      names.add(reference.getBrowseName().name());
    }
    return names;
  }

  List<String> children(String id) throws UaException {
    return children(nodeId(id));
  }

  DataValue readAttribute(String id, AttributeId attribute) throws UaException {
    return client.read(0, TimestampsToReturn.Neither,
            List.of(new org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId(
                nodeId(id), attribute.uid(), null, org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName.NULL_VALUE)))
        .getResults()[0];
  }

  @Override
  public void close() throws UaException {
    client.disconnect();
  }
}
