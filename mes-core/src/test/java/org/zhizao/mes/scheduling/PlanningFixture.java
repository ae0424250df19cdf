package org.zhizao.mes.scheduling;

import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.ProductionFixture;

/** Solving and reading plans over HTTP for tests; workshop {@code P1/F1/W1} as {@code P1.F1.W1}. */
final class PlanningFixture {

    static final String WORKSHOP = "P1/F1/W1";
    static final String BASE = "/api/scheduling/workshops/P1.F1.W1";

    final ProductionFixture production;
    final Api supervisor;

    PlanningFixture(int port) {
        production = new ProductionFixture(port);
        supervisor = production.supervisor;
    }

    /** Releases the demo orders of the workshop's demo product that are still created. */
    void releaseDemoOrders() {
        JsonNode page = expect(supervisor.get("/api/orders?status=CREATED&productCode=GBX-SHAFT-40&size=100"), 200)
                .json();
        page.get("content").forEach(o -> expect(supervisor.post("/api/orders/" + o.get("id").asLong() + "/release",
                Map.of("reason", "planning test")), 200));
    }

    /** Starts a solve and polls its progress until it ends; returns the final progress. */
    JsonNode solve(int seconds) {
        expect(supervisor.post(BASE + "/solve", Map.of("seconds", seconds, "seed", 7)), 202);
        return awaitEnd();
    }

    JsonNode awaitEnd() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress = expect(supervisor.get(BASE + "/solve"), 200).json();
            if (!progress.get("state").asText().equals("RUNNING")) {
                return progress;
            }
            sleep(200);
        }
        throw new AssertionError("the solve did not end within 90 s");
    }

    JsonNode latestPlan() {
        return expect(supervisor.get(BASE + "/plans/latest"), 200).json();
    }

    /** Every planned operation of a plan, each with its station. */
    static List<JsonNode> planned(JsonNode plan) {
        List<JsonNode> all = new ArrayList<>();
        plan.get("stations").forEach(station -> station.get("operations").forEach(o -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) o).put("stationCode", station.get("stationCode").asText());
            all.add(o);
        }));
        return all;
    }

    static JsonNode entry(JsonNode plan, long operationId) {
        return planned(plan).stream().filter(o -> o.get("operationId").asLong() == operationId).findFirst()
                .orElseThrow(() -> new AssertionError("operation " + operationId + " is not in plan " + plan));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
