package org.zhizao.plc.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed fields from SnakeYAML's node tree, so that every problem can name the file, the line
 * (from the node's start mark) and the field path.
 */
final class YamlFields {

  private final String file;
  private final List<MappingProblem> problems;

  YamlFields(String file, List<MappingProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Records a problem at the node; returns false so callers can write {@code return fail(...)}. */
  boolean fail(Node at, String field, String device, String message) {
    int line = at == null ? 0 : at.getStartMark().getLine() + 1;
    problems.add(new MappingProblem(file, line, field, device, message));
    return false;
  }

  /** The entries of a mapping node in order, or an empty map (with a problem) if it is not one. */
  Map<String, Node> mapping(Node node, String field) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      fail(node, field, null, "expected a mapping of fields");
      return entries;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        if (entries.put(key.getValue(), tuple.getValueNode()) != null) {
          fail(key, field + "." + key.getValue(), null, "duplicate field");
        }
      } else {
        fail(tuple.getKeyNode(), field, null, "field names must be plain text");
      }
    }
    return entries;
  }

  /** The items of a sequence node, or an empty list (with a problem) if it is not one. */
  List<Node> sequence(Node node, String field) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    fail(node, field, null, "expected a list");
    return new ArrayList<>();
  }

  /** Reports every field that is not among the allowed ones. */
  boolean onlyKnown(Map<String, Node> fields, String field, String device, Set<String> allowed) {
    boolean ok = true;
    for (Map.Entry<String, Node> entry : fields.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        ok = fail(entry.getValue(), field + "." + entry.getKey(), device,
            "unknown field (expected one of " + String.join(", ", allowed) + ")");
      }
    }
    return ok;
  }

  /** A text field; {@code null} if absent (with a problem when required) or not text. */
  String text(Map<String, Node> fields, String key, String field, String device, boolean required) {
    Node node = fields.get(key);
    if (node == null) {
      if (required) {
        // the missing field has no line of its own: name the line of its siblings
        problems.add(new MappingProblem(
            file, lineOfAny(fields), field + "." + key, device, "required field is missing"));
      }
      return null;
    }
    if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
      return scalar.getValue().trim();
    }
    fail(node, field + "." + key, device, "expected a non-empty text");
    return null;
  }

  /** A number field; {@code fallback} if absent, {@code NaN} (with a problem) if not a number. */
  double number(Map<String, Node> fields, String key, String field, String device, double fallback) {
    Node node = fields.get(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof ScalarNode scalar) {
      try {
        return Double.parseDouble(scalar.getValue().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    fail(node, field + "." + key, device, "expected a number");
    return Double.NaN;
  }

  /** A boolean field; {@code fallback} if absent or not a boolean (with a problem). */
  boolean bool(Map<String, Node> fields, String key, String field, String device, boolean fallback) {
    Node node = fields.get(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof ScalarNode scalar
        && ("true".equals(scalar.getValue()) || "false".equals(scalar.getValue()))) {
      return Boolean.parseBoolean(scalar.getValue());
    }
    fail(node, field + "." + key, device, "expected true or false");
    return fallback;
  }

  int lineOf(Node node) {
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private int lineOfAny(Map<String, Node> fields) {
    return fields.values().stream().findFirst().map(n -> n.getStartMark().getLine()).orElse(-1) + 1;
  }
}
