package org.zhizao.plc.mapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and validates one device template; a bad signal or method is dropped and reported. */
final class TemplateReader {

  private static final Set<String> SIGNAL_FIELDS = Set.of("path", "node", "type", "counter",
      "counterBits", "sampling", "deadband", "queueSize", "unit", "scale");

  private final YamlFields yaml;
  private final Map<String, String> namespaces = new LinkedHashMap<>();

  private TemplateReader(YamlFields yaml) {
    this.yaml = yaml;
  }

  static Optional<DeviceTemplate> read(YamlFields yaml, Node node, String field) {
    return new TemplateReader(yaml).template(node, field);
  }

  private Optional<DeviceTemplate> template(Node node, String field) {
    Map<String, Node> f = yaml.mapping(node, field);
    yaml.onlyKnown(f, field, null, Set.of("name", "namespaces", "signals", "methods"));
    String name = yaml.text(f, "name", field, null, true);
    if (name == null) {
      return Optional.empty();
    }
    if (f.containsKey("namespaces")) {
      yaml.mapping(f.get("namespaces"), field + ".namespaces").forEach((alias, uri) -> {
        String value = yaml.text(Map.of(alias, uri), alias, field + ".namespaces", null, true);
        if (value != null) {
          namespaces.put(alias, value);
        }
      });
    }
    Map<String, SignalMapping> signals = new LinkedHashMap<>();
    if (f.containsKey("signals")) {
      yaml.mapping(f.get("signals"), field + ".signals").forEach((signal, n) ->
          signal(signal, n, field + ".signals." + signal).ifPresent(s -> signals.put(signal, s)));
    }
    Map<String, MethodMapping> methods = new LinkedHashMap<>();
    if (f.containsKey("methods")) {
      yaml.mapping(f.get("methods"), field + ".methods").forEach((method, n) ->
          method(method, n, field + ".methods." + method).ifPresent(m -> methods.put(method, m)));
    }
    return Optional.of(new DeviceTemplate(name, namespaces, signals, methods));
  }

  private Optional<SignalMapping> signal(String name, Node node, String field) {
    Map<String, Node> f = yaml.mapping(node, field);
    boolean ok = yaml.onlyKnown(f, field, null, SIGNAL_FIELDS);
    String path = yaml.text(f, "path", field, null, false);
    String nodeId = yaml.text(f, "node", field, null, false);
    ok &= location(f, path, nodeId, "node", field);
    ValueType type = ValueType.ANY;
    String typeText = yaml.text(f, "type", field, null, false);
    if (typeText != null) {
      try {
        type = ValueType.valueOf(typeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        ok = yaml.fail(f.get("type"), field + ".type", null,
            "unknown type '" + typeText + "' (any, boolean, integer, number, string)");
      }
    }
    boolean counter = yaml.bool(f, "counter", field, null, false);
    double bits = yaml.number(f, "counterBits", field, null, 0);
    if (Double.isNaN(bits) || bits < 0 || bits > 64 || bits != Math.rint(bits)) {
      ok = yaml.fail(f.get("counterBits"), field + ".counterBits", null, "must be a whole number 1..64");
    }
    if (counter && type != ValueType.ANY && type != ValueType.INTEGER && type != ValueType.NUMBER) {
      ok = yaml.fail(f.get("counter"), field + ".counter", null, "a counter must be a number");
    }
    double sampling = yaml.number(f, "sampling", field, null, SignalMapping.DEFAULT_SAMPLING_MS);
    if (!(sampling >= 0)) {
      ok = yaml.fail(f.get("sampling"), field + ".sampling", null, "must be >= 0 milliseconds");
    }
    double queue = yaml.number(f, "queueSize", field, null, 1);
    if (!(queue >= 1) || queue != Math.rint(queue)) {
      ok = yaml.fail(f.get("queueSize"), field + ".queueSize", null, "must be a whole number >= 1");
    }
    double scale = yaml.number(f, "scale", field, null, 1.0);
    if (Double.isNaN(scale) || scale == 0) {
      ok = yaml.fail(f.get("scale"), field + ".scale", null, "must be a number other than 0");
    }
    Deadband deadband = deadband(f.get("deadband"), field + ".deadband");
    ok &= deadband != null;
    String unit = yaml.text(f, "unit", field, null, false);
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new SignalMapping(name, path, nodeId, type, counter, (int) bits, sampling,
        deadband, (int) queue, unit, scale));
  }

  private Deadband deadband(Node node, String field) {
    if (node == null) {
      return Deadband.NONE;
    }
    Map<String, Node> f = yaml.mapping(node, field);
    if (f.size() != 1 || !yaml.onlyKnown(f, field, null, Set.of("absolute", "percent"))) {
      yaml.fail(node, field, null, "write either {absolute: <value>} or {percent: <0..100>}");
      return null;
    }
    String kind = f.keySet().iterator().next();
    double value = yaml.number(f, kind, field, null, 0);
    if (!(value >= 0) || ("percent".equals(kind) && value > 100)) {
      yaml.fail(f.get(kind), field + "." + kind, null, "must be >= 0 (and <= 100 for percent)");
      return null;
    }
    return new Deadband("percent".equals(kind) ? Deadband.Kind.PERCENT : Deadband.Kind.ABSOLUTE, value);
  }

  private Optional<MethodMapping> method(String name, Node node, String field) {
    Map<String, Node> f = yaml.mapping(node, field);
    boolean ok = yaml.onlyKnown(f, field, null, Set.of("path", "object", "method"));
    String path = yaml.text(f, "path", field, null, false);
    String objectId = yaml.text(f, "object", field, null, false);
    String methodId = yaml.text(f, "method", field, null, false);
    if (path == null && (objectId == null || methodId == null)) {
      yaml.fail(node, field, null, "give either path, or both object and method node ids");
      return Optional.empty();
    }
    ok &= location(f, path, objectId, "object", field);
    if (methodId != null) {
      ok &= nodeId(f, methodId, "method", field);
    }
    return ok ? Optional.of(new MethodMapping(name, path, objectId, methodId)) : Optional.empty();
  }

  /** Checks that exactly one of path and node id is given, and that it is well formed. */
  private boolean location(Map<String, Node> f, String path, String nodeId, String idKey, String field) {
    if ((path == null) == (nodeId == null)) {
      Node at = f.isEmpty() ? null : f.values().iterator().next();
      return yaml.fail(at, field, null, "give exactly one of path and " + idKey);
    }
    if (nodeId != null) {
      return nodeId(f, nodeId, idKey, field);
    }
    for (String segment : path.split("/", -1)) {
      int colon = segment.indexOf(':');
      String alias = colon < 0 ? null : segment.substring(0, colon);
      String browseName = colon < 0 ? segment : segment.substring(colon + 1);
      if (browseName.isBlank()) {
        return yaml.fail(f.get("path"), field + ".path", null,
            "'" + path + "' has an empty segment");
      }
      if (alias != null && !namespaces.containsKey(alias) && !DeviceTemplate.UA_ALIAS.equals(alias)) {
        return yaml.fail(f.get("path"), field + ".path", null, "namespace alias '" + alias
            + "' is not declared in the template's namespaces");
      }
    }
    return true;
  }

  private boolean nodeId(Map<String, Node> f, String id, String key, String field) {
    if (id.startsWith("ns=")) {
      return yaml.fail(f.get(key), field + "." + key, null, "'" + id
          + "' uses a namespace index; write the namespace URI instead (nsu=<uri>;s=<id>)");
    }
    if (!MappingLoader.NODE_ID_WITH_URI.matcher(id).matches()) {
      return yaml.fail(f.get(key), field + "." + key, null,
          "'" + id + "' is not a node id with namespace URI (nsu=<uri>;s=<id>)");
    }
    return true;
  }
}
