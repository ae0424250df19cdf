package org.zhizao.mes.quality;

import static org.zhizao.mes.support.ProductionFixture.expect;
import static org.zhizao.mes.support.ProductionFixture.station;
import static org.zhizao.mes.support.ProductionFixture.step;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.ProductionFixture;

/**
 * Products, operations, inspection plans and results over HTTP for the quality tests. Its bracket works
 * in workshop P1/F1/W2, so the operations these tests leave started do not crowd the workshop the
 * scheduling tests plan: WELDING on the welder with three steps (1 'load jig' required, 2 'preheat'
 * optional, 3 'check first seam' required, a quality check), then INSPECTION with one required step.
 *
 * <p>The standard plan on WELDING (routing seq 10): D1, a bore diameter 40 ± 0.05 mm, required, first
 * piece; VIS, a visual check allowing SURF defects, optional.
 */
final class QualityFixture {

    static final String WORKSHOP = "P1/F1/W2";
    static final String WELDER = "P1/F1/W2/L1/S01";
    static final String INSPECTION = "P1/F1/W2/L1/S04";

    final ProductionFixture production;
    final Api inspector;

    QualityFixture(int port) {
        this.production = new ProductionFixture(port);
        this.inspector = Api.local(port).as("inspector");
    }

    /** A new bracket product; returns its code. */
    String product() {
        String code = ProductionFixture.freshCode();
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("code", code);
        product.put("nameZh", "测试支架");
        product.put("nameEn", "Test bracket");
        product.put("family", "BRACKETS");
        product.put("bom", List.of(Map.of("componentCode", "Q235-PL8", "componentName", "Plate 8 mm",
                "quantity", 2, "unit", "pcs")));
        product.put("routing", List.of(
                Map.of("operationType", "WELDING", "description", "Weld bracket",
                        "stations", List.of(station(WELDER, 15, 6.5)),
                        "steps", List.of(step("load jig", true, false), step("preheat", false, false),
                                step("check first seam", true, true))),
                Map.of("operationType", "INSPECTION", "description", "Final inspection",
                        "stations", List.of(station(INSPECTION, 5, 1.5)),
                        "steps", List.of(step("inspect seams", true, true)))));
        expect(production.supervisor.post("/api/products", product), 201);
        return code;
    }

    long releasedOrder(String productCode) {
        long orderId = expect(production.supervisor.post("/api/orders", ProductionFixture.orderRequest(productCode)),
                201).id();
        expect(production.supervisor.post("/api/orders/" + orderId + "/release", Map.of()), 200);
        return orderId;
    }

    long releasedOrder() {
        return releasedOrder(product());
    }

    /** The welding operation of the order, dispatched to the welder; returns its id. */
    long dispatchedOperation(long orderId) {
        long id = production.operations(orderId).get(0).get("id").asLong();
        expect(production.supervisor.post("/api/operations/" + id + "/dispatch", Map.of("stationCode", WELDER)), 200);
        return id;
    }

    long startedOperation(long orderId) {
        long id = dispatchedOperation(orderId);
        expect(production.operator.post("/api/operations/" + id + "/start", Map.of()), 200);
        return id;
    }

    /** The welding operation of a new released order of a new bracket, started; returns its id. */
    long startedOperation() {
        return startedOperation(releasedOrder());
    }

    void acknowledgeRequiredSteps(long operationId) {
        expect(production.acknowledge(production.operator, operationId, 1), 200);
        expect(production.acknowledge(production.operator, operationId, 3), 200);
    }

    static Map<String, Object> diameter(String code) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("name", "Bore diameter");
        c.put("kind", "VARIABLE");
        c.put("nominal", 40.0);
        c.put("lsl", 39.95);
        c.put("usl", 40.05);
        c.put("unit", "mm");
        c.put("gauge", "Bore gauge 35-50");
        return c;
    }

    static Map<String, Object> visual() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", "VIS");
        c.put("name", "Visual surface");
        c.put("kind", "ATTRIBUTE");
        c.put("allowedDefectCodes", List.of("SURF"));
        c.put("required", false);
        return c;
    }

    static Map<String, Object> plan(String productCode, int seq, Map<String, Object> sampling,
            List<Map<String, Object>> characteristics) {
        return Map.of("productCode", productCode, "operationSeq", seq, "sampling", sampling,
                "characteristics", characteristics);
    }

    /** A new bracket with the given plan on WELDING; returns the product code. */
    String plannedProduct(Map<String, Object> sampling, List<Map<String, Object>> characteristics) {
        String code = product();
        expect(production.supervisor.post("/api/quality/plans", plan(code, 10, sampling, characteristics)), 201);
        return code;
    }

    /** WELDING of a released order of a bracket with the standard plan, started; returns its id. */
    long startedPlannedOperation() {
        return startedOperation(releasedOrder(plannedProduct(Map.of("kind", "FIRST_PIECE"),
                List.of(diameter("D1"), visual()))));
    }

    Api.Response measure(long operationId, String characteristic, double value) {
        return inspector.post("/api/quality/operations/" + operationId + "/results",
                Map.of("characteristic", characteristic, "value", value));
    }

    Api.Response judge(long operationId, Map<String, Object> result) {
        return inspector.post("/api/quality/operations/" + operationId + "/results", new HashMap<>(result));
    }

    int resultCount(long operationId) {
        return expect(production.manager.get("/api/quality/operations/" + operationId + "/results"), 200).json()
                .size();
    }
}
