package org.zhizao.mes.plant.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found in one plant file, each as {@code file:line: field: message}. */
final class Problems {

    private final String file;
    private final List<String> messages = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Node node, String field, String message) {
        add(node == null ? 1 : node.getStartMark().getLine() + 1, field, message);
    }

    void add(int line, String field, String message) {
        messages.add(file + ":" + line + ": " + field + ": " + message);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    String file() {
        return file;
    }
}
