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

    /**
     * An AGV's stored position samples ({@code GET /api/equipment/signals}: per signal, one-minute buckets,
     * a bucket only for a minute in which the signal changed) as AGV events, one per minute at the end of
     * its bucket. A coordinate that did not change in a minute keeps its last value; before its first sample
     * in the window it has its first one, and with none in the window the {@code current} one (the AGV
     * stood still along that axis).
     */
    public static List<LiveEvent> fromAgvSamples(String agv, String workshop, JsonNode samples,
            Map<String, Object> current) {
        List<String> signals = List.of("positionX", "positionY", "heading", "battery");
        java.util.TreeMap<Long, Map<String, Object>> byMinute = new java.util.TreeMap<>();
        Map<String, Object> known = new LinkedHashMap<>();
        for (String signal : signals) {
            for (JsonNode s : samples.path(signal)) {
                long end = java.time.Instant.parse(s.path("minute").asText()).toEpochMilli() + 60_000;
                byMinute.computeIfAbsent(end, k -> new LinkedHashMap<>()).put(signal, s.path("last").asDouble());
                known.putIfAbsent(signal, s.path("last").asDouble());
            }
            if (!known.containsKey(signal) && current.get(signal) instanceof Number n) {
                known.put(signal, n.doubleValue());
            }
        }
        List<LiveEvent> events = new ArrayList<>();
        for (var minute : byMinute.entrySet()) {
            known.putAll(minute.getValue());
            if (known.containsKey("positionX") && known.containsKey("positionY")) {
                Map<String, Object> data = new LinkedHashMap<>(known);
                data.put("device", agv);
                data.put("workshop", workshop);
                events.add(new LiveEvent("agv:" + agv, "agv", data, minute.getKey()));
            }
        }
        return events;
    }

    /** KPI headlines at moments of a window ({@code GET /api/kpi/history}) as the KPI events the stream sends. */
    public static List<LiveEvent> fromKpiHistory(JsonNode rows) {
        List<LiveEvent> events = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Object> values = new LinkedHashMap<>(JSON.convertValue(row, MAP));
            long t = java.time.Instant.parse(String.valueOf(values.remove("at"))).toEpochMilli();
            events.add(new LiveEvent("kpi:" + values.get("code"), "kpi", values, t));
        }
        return events;
    }

    /** Alarms ({@code GET /api/equipment/alarms}) as the events that raised and cleared them. */
    public static List<LiveEvent> fromAlarms(JsonNode alarms) {
        List<LiveEvent> events = new ArrayList<>();
        for (JsonNode a : alarms) {
            String device = a.path("equipmentCode").asText();
            Map<String, Object> raised = new LinkedHashMap<>();
            raised.put("device", device);
            raised.put("station", a.path("stationCode").asText(null));
            raised.put("active", true);
            raised.put("code", a.path("code").asText());
            raised.put("message", a.path("message").asText());
            raised.put("severity", a.path("severity").asInt());
            events.add(new LiveEvent("alarm:" + device, "alarm", raised,
                    java.time.Instant.parse(a.path("raisedAt").asText()).toEpochMilli()));
            if (a.hasNonNull("clearedAt")) {
                Map<String, Object> cleared = new LinkedHashMap<>(raised);
                cleared.put("active", false);
                events.add(new LiveEvent("alarm:" + device, "alarm", cleared,
                        java.time.Instant.parse(a.path("clearedAt").asText()).toEpochMilli()));
            }
        }
        return events;
    }
}
