package org.zhizao.twin.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.zhizao.twin.scene.LiveEvent;
import org.zhizao.twin.scene.PlantLayout;

/** mes-core's REST API as the viewer uses it, with HTTP Basic authentication. */
public final class MesClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    public MesClient(URI base, String user, String password) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * A mes-core server's address as typed: http or https with a host.
     *
     * @throws IllegalArgumentException naming what was typed, for anything else
     */
    public static URI server(String address) {
        URI uri;
        try {
            uri = URI.create(address.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(address, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(address);
        }
        return uri;
    }

    public URI base() {
        return base;
    }

    /** The park's layout with the names of its elements (from the plant tree). */
    public PlantLayout layout() throws IOException {
        return LayoutParser.parse(get("/api/plant/layout"), get("/api/plant?depth=6"));
    }

    /** The latest value of every state, count, alarm and AGV, as the stream's snapshot would give. */
    public List<LiveEvent> status() throws IOException {
        return LiveEvents.fromStatus(get("/api/equipment/status"), System.currentTimeMillis());
    }

    public JsonNode element(String code) throws IOException {
        return get("/api/plant/elements?code=" + encode(code));
    }

    public JsonNode operations(String station) throws IOException {
        return get("/api/operations?station=" + encode(station));
    }

    /** The state intervals of a device or of every device of a station over a window. */
    public JsonNode intervals(String code, Instant from, Instant to) throws IOException {
        return get("/api/equipment/intervals?code=" + encode(code) + "&from=" + encode(from.toString()) + "&to="
                + encode(to.toString()));
    }

    /**
     * The state history of stations over a window as state events, for replay: one request per station.
     * The primary device of a station is any bound device but its energy meter.
     */
    public List<LiveEvent> stateHistory(List<String> stations, Instant from, Instant to) throws IOException {
        java.util.Set<String> primary = new java.util.HashSet<>();
        for (JsonNode d : get("/api/equipment/devices")) {
            if (!"ENERGY_METER".equals(d.path("type").asText())) {
                primary.add(d.path("code").asText());
            }
        }
        List<LiveEvent> events = new java.util.ArrayList<>();
        for (String station : stations) {
            events.addAll(LiveEvents.fromIntervals(intervals(station, from, to), primary));
        }
        return events;
    }

    /** The devices of a station (or one device) with the latest value of each signal. */
    public JsonNode latestSignals(String code) throws IOException {
        return get("/api/equipment/latest-signals?code=" + encode(code));
    }

    /** The last inspection result recorded at a station, or null when there is none. */
    public JsonNode lastInspection(String station) throws IOException {
        return getOrNull("/api/quality/results/latest?station=" + encode(station));
    }

    /** Operations of late orders by the latest plans at or under an element, with their station. */
    public JsonNode lateOperations(String code) throws IOException {
        return get("/api/scheduling/late-operations?code=" + encode(code));
    }

    /** Alarms at or under an element that were active at some time in a window, as raised and cleared events. */
    public List<LiveEvent> alarmHistory(String code, Instant from, Instant to) throws IOException {
        return LiveEvents.fromAlarms(get("/api/equipment/alarms?active=false&code=" + encode(code) + "&from="
                + encode(from.toString()) + "&to=" + encode(to.toString())));
    }

    /**
     * The AGVs' stored positions in a window (one per minute), as AGV events.
     *
     * @param current each AGV's latest values, for a coordinate that did not change in the window
     */
    public List<LiveEvent> agvHistory(java.util.Map<String, String> agvWorkshops,
            java.util.Map<String, java.util.Map<String, Object>> current, Instant from, Instant to) throws IOException {
        List<LiveEvent> events = new java.util.ArrayList<>();
        for (var agv : agvWorkshops.entrySet()) {
            events.addAll(LiveEvents.fromAgvSamples(agv.getKey(), agv.getValue(), get("/api/equipment/signals?code="
                    + encode(agv.getKey()) + "&from=" + encode(from.toString()) + "&to=" + encode(to.toString())),
                    current.getOrDefault(agv.getKey(), java.util.Map.of())));
        }
        return events;
    }

    /** The elements' KPI headlines (each over its day so far) at {@code points} moments of a window. */
    public List<LiveEvent> kpiHistory(List<String> codes, Instant from, Instant to, int points) throws IOException {
        if (codes.isEmpty()) {
            return List.of();
        }
        StringBuilder q = new StringBuilder("/api/kpi/history?points=" + points + "&from=" + encode(from.toString())
                + "&to=" + encode(to.toString()));
        codes.forEach(c -> q.append("&code=").append(encode(c)));
        return LiveEvents.fromKpiHistory(get(q.toString()));
    }

    /** The server refused the user name or password (401), or the user may not read the plant (403). */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** Checks the user name and password with a request every role may make. */
    public void signIn() throws IOException {
        get("/api/plant?depth=1");
    }

    /** GET, with null for 204 No Content. */
    public JsonNode getOrNull(String path) throws IOException {
        HttpResponse<InputStream> response = send(request(path).header("Accept", "application/json").build());
        try (InputStream body = response.body()) {
            if (response.statusCode() == 204) {
                return null;
            }
            check(path, response.statusCode());
            return JSON.readTree(body);
        }
    }

    public JsonNode get(String path) throws IOException {
        HttpResponse<InputStream> response = send(request(path).header("Accept", "application/json").build());
        try (InputStream body = response.body()) {
            check(path, response.statusCode());
            return JSON.readTree(body);
        }
    }

    private static void check(String path, int status) throws IOException {
        if (status == 401 || status == 403) {
            throw new Refused("GET " + path + ": HTTP " + status);
        }
        if (status != 200) {
            throw new IOException("GET " + path + ": HTTP " + status);
        }
    }

    /** Opens the live stream; the caller reads the body as Server-Sent Events and closes it. */
    InputStream openStream(String types) throws IOException {
        HttpResponse<InputStream> response = send(request("/api/live/stream?types=" + encode(types))
                .header("Accept", "text/event-stream").build());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("live stream: HTTP " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
