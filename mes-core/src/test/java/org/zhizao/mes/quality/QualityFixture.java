package org.zhizao.mes.quality;

import static org.zhizao.mes.support.ProductionFixture.expect;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.ProductionFixture;

/**
 * Inspection plans and results over HTTP on top of {@link ProductionFixture}'s shaft. The standard plan
 * on the shaft's TURNING operation (routing seq 10): D1, a bearing seat
 * diameter 40 ± 0.05 mm, required, first piece; VIS, a visual check allowing SURF defects, optional.
 */
final class QualityFixture {

    final ProductionFixture production;
    final Api inspector;

    QualityFixture(int port) {
        this.production = new ProductionFixture(port);
        this.inspector = Api.local(port).as("inspector");
    }

    static Map<String, Object> diameter(String code) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("name", "Bearing seat diameter");
        c.put("kind", "VARIABLE");
        c.put("nominal", 40.0);
        c.put("lsl", 39.95);
        c.put("usl", 40.05);
        c.put("unit", "mm");
        c.put("gauge", "Micrometer 25-50");
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

    /** A new shaft product with the standard plan on TURNING; returns the product code. */
    String plannedProduct() {
        String code = production.product();
        expect(production.supervisor.post("/api/quality/plans", plan(code, 10,
                Map.of("kind", "FIRST_PIECE"), List.of(diameter("D1"), visual()))), 201);
        return code;
    }

    /** TURNING of a released order of a planned shaft, dispatched and started; returns its id. */
    long startedPlannedOperation() {
        String code = plannedProduct();
        Map<String, Object> order = ProductionFixture.orderRequest(code);
        long orderId = expect(production.supervisor.post("/api/orders", order), 201).id();
        expect(production.supervisor.post("/api/orders/" + orderId + "/release", Map.of()), 200);
        long id = production.dispatchedOperation(orderId);
        expect(production.operator.post("/api/operations/" + id + "/start", Map.of()), 200);
        return id;
    }

    Api.Response measure(long operationId, String characteristic, double value) {
        return inspector.post("/api/quality/operations/" + operationId + "/results",
                Map.of("characteristic", characteristic, "value", value));
    }

    Api.Response judge(long operationId, Map<String, Object> result) {
        Map<String, Object> body = new HashMap<>(result);
        return inspector.post("/api/quality/operations/" + operationId + "/results", body);
    }

    int resultCount(long operationId) {
        return expect(production.manager.get("/api/quality/operations/" + operationId + "/results"), 200).json()
                .size();
    }
}
