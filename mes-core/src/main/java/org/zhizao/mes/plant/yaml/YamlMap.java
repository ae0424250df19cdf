package org.zhizao.mes.plant.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field. Every accessor reports what is wrong (missing, wrong type) to
 * {@link Problems} with the field's path and line and returns null, so reading goes on and finds every
 * problem in one pass. {@link #finish()} reports fields nobody asked for.
 */
final class YamlMap {

    private final MappingNode node;
    private final String path;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    private YamlMap(MappingNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (values.containsKey(key)) {
                problems.add(tuple.getKeyNode(), field(key), "duplicate key");
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
    }

    /** The node as a mapping, or null (reported) when it is something else. */
    static YamlMap of(Node node, String path, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return new YamlMap(mapping, path, problems);
        }
        problems.add(node, path, "expected a mapping, found " + describe(node));
        return null;
    }

    String path() {
        return path;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Node node() {
        return node;
    }

    Problems problems() {
        return problems;
    }

    /** The value node, or empty when the field is absent or null. */
    Optional<Node> optional(String key) {
        read.add(key);
        Node value = values.get(key);
        return isNull(value) ? Optional.empty() : Optional.of(value);
    }

    Node required(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            problems.add(values.containsKey(key) ? values.get(key) : node, field(key),
                    values.containsKey(key) ? "required field is empty" : "required field is missing");
        }
        return value.orElse(null);
    }

    String text(String key) {
        Node value = required(key);
        return value == null ? null : scalar(value, field(key));
    }

    String optionalText(String key) {
        return optional(key).map(value -> scalar(value, field(key))).orElse(null);
    }

    Double number(String key) {
        Node value = required(key);
        return value == null ? null : number(value, field(key));
    }

    Double optionalNumber(String key) {
        return optional(key).map(value -> number(value, field(key))).orElse(null);
    }

    YamlMap map(String key) {
        Node value = required(key);
        return value == null ? null : of(value, field(key), problems);
    }

    /** The items of a list field read with {@code item}; items that fail to read are left out. */
    <T> List<T> list(String key, boolean required, Function<Item, T> item) {
        Optional<Node> value = required ? Optional.ofNullable(required(key)) : optional(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.add(value.get(), field(key), "expected a list, found " + describe(value.get()));
            return List.of();
        }
        if (required && sequence.getValue().isEmpty()) {
            problems.add(sequence, field(key), "must not be empty");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            T read = item.apply(new Item(sequence.getValue().get(i), field(key) + "[" + i + "]", problems));
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    /** Reports the fields that are not part of the format. */
    void finish() {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                problems.add(keyNode(key), field(key), "unknown field; expected one of " + read);
            }
        }
    }

    private Node keyNode(String key) {
        return node.getValue().stream().map(NodeTuple::getKeyNode)
                .filter(k -> k instanceof ScalarNode s && s.getValue().equals(key)).findFirst().orElse(node);
    }

    private String scalar(Node value, String field) {
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problems.add(value, field, "expected a single value, found " + describe(value));
        return null;
    }

    private Double number(Node value, String field) {
        String text = scalar(value, field);
        if (text == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(text);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(value, field, "expected a number, found '" + text + "'");
        return null;
    }

    private static boolean isNull(Node value) {
        return value == null || value instanceof ScalarNode scalar
                && scalar.getTag().getValue().endsWith(":null");
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        } else if (node instanceof SequenceNode) {
            return "a list";
        } else if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return "nothing";
    }

    /** One item of a list, with its path for problem reports. */
    record Item(Node node, String path, Problems problems) {

        YamlMap map() {
            return YamlMap.of(node, path, problems);
        }

        String text() {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            problems.add(node, path, "expected a single value, found " + describe(node));
            return null;
        }

        void problem(String message) {
            problems.add(node, path, message);
        }
    }
}
