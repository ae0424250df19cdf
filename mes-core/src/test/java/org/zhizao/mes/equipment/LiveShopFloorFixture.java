package org.zhizao.mes.equipment;

import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.ProductionFixture;

/** Orders dispatched to machines, and reading the equipment history back over HTTP. */
final class LiveShopFloorFixture {

    final ProductionFixture production;

    LiveShopFloorFixture(int port) {
        this.production = new ProductionFixture(port);
    }

    /** The turning operation of a new released order of {@code quantity} shafts; returns its id. */
    long turningOperation(int quantity) {
        Map<String, Object> order = ProductionFixture.orderRequest(production.product());
        order.put("quantity", quantity);
        long orderId = expect(production.supervisor.post("/api/orders", order), 201).id();
        expect(production.supervisor.post("/api/orders/" + orderId + "/release", Map.of()), 200);
        return production.operations(orderId).get(0).get("id").asLong();
    }

    void dispatch(long operationId, String station) {
        expect(production.supervisor.post("/api/operations/" + operationId + "/dispatch",
                Map.of("stationCode", station)), 200);
    }

    List<JsonNode> intervals(String code, Instant from, Instant to) {
        List<JsonNode> result = new ArrayList<>();
        expect(production.manager.get("/api/equipment/intervals?code=" + code + "&from=" + from + "&to=" + to), 200)
                .json().forEach(result::add);
        return result;
    }

    JsonNode kpi(String code, Instant from, Instant to) {
        return expect(production.manager.get("/api/kpi?code=" + code + "&from=" + from + "&to=" + to
                + "&basis=WINDOW"), 200).json();
    }

    JsonNode counts(String station, Instant from, Instant to) {
        return expect(production.manager.get("/api/equipment/counts?station=" + station + "&from=" + from
                + "&to=" + to), 200).json();
    }

    Api supervisor() {
        return production.supervisor;
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Seconds of the interval inside [from, to); an open interval lasts until {@code to}. */
    static double seconds(JsonNode interval, Instant from, Instant to) {
        Instant s = Instant.parse(interval.get("start").asText());
        Instant e = interval.get("end").isNull() ? to : Instant.parse(interval.get("end").asText());
        s = s.isBefore(from) ? from : s;
        e = e.isAfter(to) ? to : e;
        return e.isAfter(s) ? Duration.between(s, e).toMillis() / 1000.0 : 0;
    }
}
