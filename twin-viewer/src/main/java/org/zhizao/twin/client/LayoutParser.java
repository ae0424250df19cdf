package org.zhizao.twin.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.twin.scene.Element;
import org.zhizao.twin.scene.PlantLayout;
import org.zhizao.twin.scene.Vec3;

/** Reads {@code GET /api/plant/layout}, with names taken from the plant tree ({@code GET /api/plant}). */
final class LayoutParser {

    private LayoutParser() {
    }

    static PlantLayout parse(JsonNode layout, JsonNode tree) {
        Map<String, JsonNode> names = new HashMap<>();
        collectNames(tree, names);
        List<Element> elements = new ArrayList<>();
        for (JsonNode item : layout.path("elements")) {
            String code = item.path("code").asText();
            JsonNode name = names.get(code);
            List<double[]> waypoints = new ArrayList<>();
            for (JsonNode w : item.path("waypoints")) {
                waypoints.add(new double[] {w.path("x").asDouble(), w.path("y").asDouble()});
            }
            elements.add(new Element(code, item.path("kind").asText(), text(item, "type"), text(item, "parentCode"),
                    name == null ? null : text(name, "zh"), name == null ? null : text(name, "en"),
                    vec(item.get("world")), vec(item.get("size")), waypoints, text(item, "homePath")));
        }
        return new PlantLayout(layout.path("park").asText(), elements);
    }

    private static void collectNames(JsonNode node, Map<String, JsonNode> names) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.has("code") && node.has("name")) {
            names.put(node.get("code").asText(), node.get("name"));
        }
        for (JsonNode child : node.path("children")) {
            collectNames(child, names);
        }
    }

    private static Vec3 vec(JsonNode v) {
        return v == null || v.isNull() ? Vec3.ZERO
                : new Vec3(v.path("x").asDouble(), v.path("y").asDouble(), v.path("z").asDouble());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
