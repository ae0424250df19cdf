package org.zhizao.plc.opcua;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.core.typetree.DataTypeTree;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowsePath;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowsePathResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.RelativePath;
import org.eclipse.milo.opcua.stack.core.types.structured.RelativePathElement;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.mapping.DeviceTemplate;
import org.zhizao.plc.mapping.MappingProblem;
import org.zhizao.plc.mapping.MethodMapping;
import org.zhizao.plc.mapping.SignalMapping;
import org.zhizao.plc.mapping.ValueType;

/**
 * Finds a device's signals and methods on a connected server: browse paths with
 * TranslateBrowsePathsToNodeIds (OPC 10000-4 §5.8.4), node ids through the server's namespace
 * table, then checks each signal's DataType. Whatever cannot be found or has the wrong type is
 * reported and left out; the rest of the device still streams.
 */
final class DeviceResolver {

  private final OpcUaClient client;
  private final int readBatch;
  private final int translateBatch;
  private final NamespaceTable namespaces;
  private final DataTypeTree types;
  private final Consumer<MappingProblem> problems;

  DeviceResolver(OpcUaClient client, NamespaceTable namespaces, DataTypeTree types,
      Consumer<MappingProblem> problems) {
    this.client = client;
    this.readBatch = limit(client, true);
    this.translateBatch = limit(client, false);
    this.namespaces = namespaces;
    this.types = types;
    this.problems = problems;
  }

  /** Resolves the device, or returns empty (with a problem) if its root node is unusable. */
  Optional<ResolvedDevice> resolve(DeviceBinding binding, DeviceTemplate template)
      throws UaException {
    String device = binding.device();
    ExpandedNodeId rootX = ExpandedNodeId.parse(binding.rootNode());
    Optional<NodeId> root = rootX.toNodeId(namespaces);
    if (root.isEmpty()) {
      report(device, "rootNode", "the server has no namespace '" + rootX.getNamespaceUri()
          + "' (root node " + binding.rootNode() + ")");
      return Optional.empty();
    }
    String defaultUri = rootX.getNamespaceUri();

    // 1. locate every signal and method
    Map<String, NodeId> signalNodes = new LinkedHashMap<>();
    List<String> pathOwners = new ArrayList<>();
    List<BrowsePath> paths = new ArrayList<>();
    for (SignalMapping s : template.signals().values()) {
      if (s.path() != null) {
        browsePath(root.get(), s.path(), template, defaultUri, device, "signals." + s.name())
            .ifPresent(p -> { pathOwners.add("s:" + s.name()); paths.add(p); });
      } else {
        nodeId(s.nodeId(), device, "signals." + s.name()).ifPresent(n -> signalNodes.put(s.name(), n));
      }
    }
    Map<String, NodeId[]> methodNodes = new LinkedHashMap<>();
    for (MethodMapping m : template.methods().values()) {
      if (m.path() != null) {
        String parent = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/')) : null;
        methodNodes.put(m.name(), new NodeId[] {parent == null ? root.get() : null, null});
        if (parent != null) {
          browsePath(root.get(), parent, template, defaultUri, device, "methods." + m.name())
              .ifPresent(p -> { pathOwners.add("o:" + m.name()); paths.add(p); });
        }
        browsePath(root.get(), m.path(), template, defaultUri, device, "methods." + m.name())
            .ifPresent(p -> { pathOwners.add("m:" + m.name()); paths.add(p); });
      } else {
        NodeId o = nodeId(m.objectId(), device, "methods." + m.name()).orElse(null);
        NodeId n = nodeId(m.methodId(), device, "methods." + m.name()).orElse(null);
        methodNodes.put(m.name(), new NodeId[] {o, n});
      }
    }
    List<BrowsePathResult> results = translate(paths);
    for (int i = 0; i < results.size(); i++) {
      BrowsePathResult r = results.get(i);
      String owner = pathOwners.get(i);
      String name = owner.substring(2);
      boolean found = r.getStatusCode().isGood() && r.getTargets() != null && r.getTargets().length > 0;
      Optional<NodeId> target = found ? r.getTargets()[0].getTargetId().toNodeId(namespaces) : Optional.empty();
      if (target.isEmpty()) {
        String what = owner.startsWith("s:") ? "signals." + name : "methods." + name;
        String path = owner.startsWith("s:") ? template.signals().get(name).path()
            : owner.startsWith("o:") ? "object of " + template.methods().get(name).path()
            : template.methods().get(name).path();
        report(device, what, "browse path '" + path + "' not found under " + binding.rootNode()
            + " (" + Quality.of(r.getStatusCode().value()).name() + ")");
        if (!owner.startsWith("s:")) {
          methodNodes.remove(name);
        }
        continue;
      }
      switch (owner.charAt(0)) {
        case 's' -> signalNodes.put(name, target.get());
        case 'o' -> Optional.ofNullable(methodNodes.get(name)).ifPresent(a -> a[0] = target.get());
        default -> Optional.ofNullable(methodNodes.get(name)).ifPresent(a -> a[1] = target.get());
      }
    }

    // 2. check the signals' data types
    List<ResolvedDevice.Signal> signals = checkTypes(device, template, signalNodes);
    Map<String, ResolvedDevice.Method> methods = new LinkedHashMap<>();
    methodNodes.forEach((name, ids) -> {
      if (ids[0] != null && ids[1] != null) {
        methods.put(name, new ResolvedDevice.Method(ids[0], ids[1]));
      }
    });
    return Optional.of(new ResolvedDevice(binding, signals, methods));
  }

  private List<ResolvedDevice.Signal> checkTypes(String device, DeviceTemplate template,
      Map<String, NodeId> nodes) throws UaException {
    List<String> names = new ArrayList<>(nodes.keySet());
    List<ReadValueId> reads = names.stream()
        .map(n -> new ReadValueId(nodes.get(n), AttributeId.DataType.uid(), null, QualifiedName.NULL_VALUE))
        .toList();
    List<DataValue> values = new ArrayList<>();
    for (int i = 0; i < reads.size(); i += readBatch) {
      values.addAll(Arrays.asList(client.read(0, TimestampsToReturn.Neither,
          reads.subList(i, Math.min(reads.size(), i + readBatch))).getResults()));
    }
    List<ResolvedDevice.Signal> signals = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      SignalMapping s = template.signals().get(names.get(i));
      DataValue v = values.get(i);
      if (!v.getStatusCode().isGood() || !(v.getValue().value() instanceof NodeId dataType)) {
        report(device, "signals." + s.name(), "node " + nodes.get(s.name()).toParseableString()
            + " at '" + s.location() + "' is not a readable variable ("
            + Quality.of(v.getStatusCode().value()).name() + ")");
        continue;
      }
      OpcUaDataType builtin = builtinType(dataType);
      if (!fits(s.type(), dataType, builtin)) {
        report(device, "signals." + s.name(), "node at '" + s.location() + "' has DataType "
            + (builtin != null ? builtin.name() : dataType.toParseableString())
            + ", but the mapping expects " + s.type().name().toLowerCase());
        continue;
      }
      int bits = s.counterBits() > 0 ? s.counterBits() : counterBits(builtin);
      signals.add(new ResolvedDevice.Signal(device, s, nodes.get(s.name()), builtin, bits));
    }
    return signals;
  }

  private OpcUaDataType builtinType(NodeId dataType) {
    if (OpcUaDataType.isBuiltin(dataType)) {
      return OpcUaDataType.fromNodeId(dataType);
    }
    if (types != null) {
      try {
        if (types.isEnumType(dataType)) {
          return OpcUaDataType.Int32;
        }
        return types.getBuiltinType(dataType);
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean fits(ValueType expected, NodeId dataType, OpcUaDataType builtin) {
    if (expected == ValueType.ANY) {
      return true;
    }
    if (builtin == null) {
      // an abstract or unknown type (e.g. BaseDataType, Number): the values will tell
      return !NodeIds.String.equals(dataType) && !NodeIds.Boolean.equals(dataType);
    }
    return switch (expected) {
      case BOOLEAN -> builtin == OpcUaDataType.Boolean;
      case INTEGER -> isInteger(builtin);
      case NUMBER -> isInteger(builtin) || builtin == OpcUaDataType.Float
          || builtin == OpcUaDataType.Double;
      case STRING -> builtin == OpcUaDataType.String || builtin == OpcUaDataType.LocalizedText;
      case ANY -> true;
    };
  }

  private static boolean isInteger(OpcUaDataType t) {
    return switch (t) {
      case SByte, Byte, Int16, UInt16, Int32, UInt32, Int64, UInt64 -> true;
      default -> false;
    };
  }

  private static int counterBits(OpcUaDataType t) {
    if (t == null) {
      return 64;
    }
    return switch (t) {
      case SByte -> 7;
      case Byte -> 8;
      case Int16 -> 15;
      case UInt16 -> 16;
      case Int32 -> 31;
      case UInt32 -> 32;
      default -> 64;
    };
  }

  private Optional<BrowsePath> browsePath(NodeId root, String path, DeviceTemplate template,
      String defaultUri, String device, String field) {
    String[] segments = path.split("/");
    RelativePathElement[] elements = new RelativePathElement[segments.length];
    for (int i = 0; i < segments.length; i++) {
      int colon = segments[i].indexOf(':');
      String alias = colon < 0 ? null : segments[i].substring(0, colon);
      String uri = alias == null ? defaultUri
          : DeviceTemplate.UA_ALIAS.equals(alias) ? DeviceTemplate.UA_NAMESPACE
          : template.namespaces().get(alias);
      var index = uri == null ? null : namespaces.getIndex(uri);
      if (index == null) {
        report(device, field, "the server has no namespace '" + uri + "' used in path '" + path + "'");
        return Optional.empty();
      }
      elements[i] = new RelativePathElement(NodeIds.HierarchicalReferences, false, true,
          new QualifiedName(index, segments[i].substring(colon + 1)));
    }
    return Optional.of(new BrowsePath(root, new RelativePath(elements)));
  }

  private Optional<NodeId> nodeId(String text, String device, String field) {
    ExpandedNodeId x = ExpandedNodeId.parse(text);
    Optional<NodeId> id = x.toNodeId(namespaces);
    if (id.isEmpty()) {
      report(device, field, "the server has no namespace '" + x.getNamespaceUri() + "' (" + text + ")");
    }
    return id;
  }

  private List<BrowsePathResult> translate(List<BrowsePath> paths) throws UaException {
    List<BrowsePathResult> results = new ArrayList<>();
    for (int i = 0; i < paths.size(); i += translateBatch) {
      results.addAll(Arrays.asList(client.translateBrowsePaths(
          paths.subList(i, Math.min(paths.size(), i + translateBatch))).getResults()));
    }
    return results;
  }

  /**
   * How many operations one request may carry: the server's OperationLimits (OPC 10000-5 §6.3.11)
   * where it states one, at most 500 reads or 100 translations.
   */
  static int limit(OpcUaClient client, boolean read) {
    try {
      var limits = client.getOperationLimits();
      var limit = read ? limits.maxNodesPerRead() : limits.maxNodesPerTranslateBrowsePathsToNodeIds();
      // translations cost servers far more than reads: keep each request short of the timeout
      int most = read ? 500 : 100;
      return limit.map(l -> l.longValue() == 0 ? most : (int) Math.min(most, l.longValue())).orElse(most);
    } catch (UaException | RuntimeException e) {
      return 100;
    }
  }

  private void report(String device, String field, String message) {
    problems.accept(new MappingProblem(null, 0, field, device, device + ": " + message));
  }
}
