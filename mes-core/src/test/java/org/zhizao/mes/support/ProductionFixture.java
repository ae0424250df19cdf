package org.zhizao.mes.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Products, orders and operations made over HTTP for tests, each with fresh codes so tests sharing an
 * application never see each other's data. The standard product is a shaft: TURNING with three steps
 * (1 'clamp bar stock' required, 2 'dress tool' optional, 3 'verify first piece' required, a quality
 * check), then MEASURING with one required step.
 */
public final class ProductionFixture {

    public static final String LATHE = "P1/F1/W1/L1/S01";
    public static final String OTHER_LATHE = "P1/F1/W1/L2/S01";
    public static final String MILL = "P1/F1/W1/L1/S02";
    public static final String MEASURING = "P1/F1/W1/L1/S05";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    public final Api supervisor;
    public final Api operator;
    public final Api manager;

    public ProductionFixture(int port) {
        Api api = Api.local(port);
        this.supervisor = api.as("supervisor");
        this.operator = api.as("operator");
        this.manager = api.as("manager");
    }

    /** A product code no other test uses. */
    public static String freshCode() {
        return "T-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    public static Map<String, Object> shaftRequest(String code) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("code", code);
        product.put("nameZh", "测试轴");
        product.put("nameEn", "Test shaft");
        product.put("family", "SHAFTS");
        product.put("bom", List.of(Map.of("componentCode", "42CRMO4-D45", "componentName", "Bar stock",
                "quantity", 0.42, "unit", "m")));
        product.put("routing", List.of(
                Map.of("operationType", "TURNING", "description", "Turn contour",
                        "stations", List.of(station(LATHE, 20, 4.5), station(OTHER_LATHE, 25, 5)),
                        "steps", List.of(step("clamp bar stock", true, false), step("dress tool", false, false),
                                step("verify first piece", true, true))),
                Map.of("operationType", "MEASURING", "description", "Final measurement",
                        "stations", List.of(station(MEASURING, 5, 2)),
                        "steps", List.of(step("measure on CMM", true, true)))));
        return product;
    }

    public static Map<String, Object> station(String code, double setupMinutes, double minutesPerUnit) {
        return Map.of("stationCode", code, "setupMinutes", setupMinutes, "minutesPerUnit", minutesPerUnit);
    }

    public static Map<String, Object> step(String instruction, boolean required, boolean qualityCheck) {
        return Map.of("instruction", instruction, "required", required, "qualityCheck", qualityCheck);
    }

    public static Map<String, Object> orderRequest(String productCode) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("productCode", productCode);
        order.put("quantity", 25);
        order.put("dueDate", LocalDate.now().plusDays(10).toString());
        order.put("priority", 2);
        order.put("customerReference", "CUST-" + SERIAL.incrementAndGet());
        return order;
    }

    /** A new shaft product; returns its code. */
    public String product() {
        String code = freshCode();
        expect(supervisor.post("/api/products", shaftRequest(code)), 201);
        return code;
    }

    /** A created order of a new shaft product. */
    public JsonNode createdOrder() {
        return expect(supervisor.post("/api/orders", orderRequest(product())), 201).json();
    }

    /** A released order of a new shaft product; returns its id. */
    public long releasedOrder() {
        long id = createdOrder().get("id").asLong();
        expect(supervisor.post("/api/orders/" + id + "/release", Map.of()), 200);
        return id;
    }

    public List<JsonNode> operations(long orderId) {
        List<JsonNode> operations = new ArrayList<>();
        expect(supervisor.get("/api/orders/" + orderId + "/operations"), 200).json().forEach(operations::add);
        return operations;
    }

    /** The turning operation of a released order, dispatched to the lathe; returns its id. */
    public long dispatchedOperation(long orderId) {
        long id = operations(orderId).get(0).get("id").asLong();
        expect(supervisor.post("/api/operations/" + id + "/dispatch", Map.of("stationCode", LATHE)), 200);
        return id;
    }

    /** The turning operation of a new released order, dispatched and started; returns its id. */
    public long startedOperation() {
        long id = dispatchedOperation(releasedOrder());
        expect(operator.post("/api/operations/" + id + "/start", Map.of()), 200);
        return id;
    }

    public Api.Response acknowledge(Api api, long operationId, int seq) {
        return api.post("/api/operations/" + operationId + "/steps/" + seq + "/acknowledgement", Map.of());
    }

    public JsonNode operation(long id) {
        return expect(supervisor.get("/api/operations/" + id), 200).json();
    }

    public JsonNode order(long id) {
        return expect(supervisor.get("/api/orders/" + id), 200).json();
    }

    public static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response);
        }
        return response;
    }
}
