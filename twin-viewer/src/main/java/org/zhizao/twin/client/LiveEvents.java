package org.zhizao.twin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.twin.scene.LiveEvent;

/**
 * Reads the live stream's event data, {@code {"sent": ms, "items": [{"key", "type", "data", "t"}]}}, and the
 * rows of {@code GET /api/equipment/status}.
 */
public final class LiveEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private LiveEvents() {
    }

    /** The items of one {@code snapshot} or {@code changes} event; an item without a device time gets the send time. */
    public static List<LiveEvent> parse(String data) throws IOException {
        JsonNode root = JSON.readTree(data);
        long sent = root.path("sent").asLong(System.currentTimeMillis());
        List<LiveEvent> events = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            JsonNode t = item.get("t");
            Map<String, Object> values = JSON.convertValue(item.path("data"), MAP);
            events.add(new LiveEvent(item.path("key").asText(), item.path("type").asText(),
                    values == null ? Map.of() : values, t == null || t.isNull() ? sent : t.asLong()));
        }
        return events;
    }

    static List<LiveEvent> fromStatus(JsonNode rows, long now) {
        List<LiveEvent> events = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Object> values = new LinkedHashMap<>(JSON.convertValue(row, MAP));
            String type = String.valueOf(values.remove("type"));
            Object id = type.equals("count") ? values.get("station") : type.equals("kpi") ? values.get("code")
                    : values.get("device");
            events.add(new LiveEvent(type + ":" + id, type, values, now));
        }
        return events;
    }

    /**
     * State intervals ({@code GET /api/equipment/intervals}) as the state events that began them; devices
     * not in {@code primary} (energy meters) do not speak for their station.
     */
    public static List<LiveEvent> fromIntervals(JsonNode intervals, java.util.Set<String> primary) {
        List<LiveEvent> events = new ArrayList<>();
        for (JsonNode i : intervals) {
            String device = i.path("equipmentCode").asText();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("device", device);
            data.put("station", i.path("stationCode").asText());
            data.put("primary", primary.contains(device));
            data.put("state", i.path("state").asText());
            events.add(new LiveEvent("state:" + device, "state", data,
                    java.time.Instant.parse(i.path("start").asText()).toEpochMilli()));
        }
        return events;
    }
}
