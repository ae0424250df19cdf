package org.zhizao.twin.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Work the demo users do through mes-core's API before the viewer looks at it, once per server: a supervisor
 * places and releases a large shaft order due tomorrow and dispatches its turning to a station, an
 * inspector records a bearing-seat diameter on it, and the supervisor plans the workshop, in which that
 * order is late.
 */
public final class DemoWork {

    public static final String STATION = "P1/F1/W1/L1/S01";
    private static final String WORKSHOP = "P1.F1.W1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoWork done;

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private String orderNumber;
    private String turning;

    private DemoWork(URI base) {
        this.base = base;
    }

    /** The late order's number, after the work is done (once). */
    public static synchronized DemoWork get() {
        if (done == null) {
            DemoWork w = new DemoWork(MesServer.get().url());
            try {
                w.run();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("preparing the demo work failed: " + e.getMessage(), e);
            }
            done = w;
        }
        return done;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String turningOperation() {
        return turning;
    }

    private void run() throws IOException, InterruptedException {
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        JsonNode order = send("supervisor", "POST", "/api/orders", "{\"productCode\":\"GBX-SHAFT-40\",\"quantity\":3000,"
                + "\"dueDate\":\"" + due + "\",\"priority\":1,\"customerReference\":\"TWIN-LATE\"}");
        long id = order.path("id").asLong();
        orderNumber = order.path("number").asText();
        send("supervisor", "POST", "/api/orders/" + id + "/release", "{}");
        JsonNode operations = send("manager", "GET", "/api/orders/" + id + "/operations", null);
        JsonNode first = operations.get(0);
        turning = first.path("code").asText();
        send("supervisor", "POST", "/api/operations/" + first.path("id").asLong() + "/dispatch",
                "{\"stationCode\":\"" + STATION + "\"}");
        send("inspector", "POST", "/api/quality/operations/" + first.path("id").asLong() + "/results",
                "{\"characteristic\":\"D1\",\"value\":40.004}");
        send("supervisor", "POST", "/api/scheduling/workshops/" + WORKSHOP + "/solve", "{\"seconds\":5,\"seed\":1}");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode progress = send("manager", "GET", "/api/scheduling/workshops/" + WORKSHOP + "/solve", null);
            String state = progress.path("state").asText();
            if (progress.hasNonNull("planId") && !state.equals("RUNNING")) {
                return;
            }
            if (state.equals("FAILED")) {
                throw new IOException("the solve failed: " + progress.path("message").asText());
            }
            Thread.sleep(500);
        }
        throw new IOException("the solve did not end within 120 s");
    }

    private JsonNode send(String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IOException(method + " " + path + " as " + user + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
    }
}
