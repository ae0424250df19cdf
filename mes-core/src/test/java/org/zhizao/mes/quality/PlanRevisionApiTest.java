package org.zhizao.mes.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/**
 * Editing inspection plans and their characteristics, and retiring characteristics and plans: nothing is
 * deleted, the results recorded stay readable, and every change is audited.
 */
@MesTest
class PlanRevisionApiTest {

    @LocalServerPort
    int port;

    QualityFixture quality;

    @BeforeEach
    void setUp() {
        quality = new QualityFixture(port);
    }

    private JsonNode planOf(long operationId) {
        JsonNode operation = quality.production.operation(operationId);
        long orderId = operation.get("orderId").asLong();
        String product = quality.production.order(orderId).get("productCode").asText();
        return expect(quality.production.manager.get("/api/quality/plans?productCode=" + product), 200).json().get(0);
    }

    private static JsonNode characteristic(JsonNode plan, String code) {
        for (JsonNode c : plan.get("characteristics")) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no characteristic " + code + " in " + plan);
    }

    private Api.Response edit(Api api, long characteristicId, Map<String, Object> change) {
        return api.put("/api/quality/characteristics/" + characteristicId, new HashMap<>(change));
    }

    private JsonNode audit(String subjectType, String subjectId) {
        return expect(quality.production.manager.get("/api/audit?subjectType=" + subjectType + "&subjectId="
                + subjectId), 200).json().get("content");
    }

    @Test
    void editedLimitsJudgeTheNextResultsAndTheChangeIsAudited() {
        long operationId = quality.startedPlannedOperation();
        JsonNode plan = planOf(operationId);
        long d1 = characteristic(plan, "D1").get("id").asLong();
        expect(quality.measure(operationId, "D1", 40.04), 201);

        JsonNode edited = expect(edit(quality.production.supervisor, d1, Map.of("lsl", 39.97, "usl", 40.03,
                "name", "Bore diameter, tightened", "gauge", "Air gauge")), 200).json();
        assertThat(edited.get("lsl").asDouble()).isEqualTo(39.97);
        assertThat(edited.get("usl").asDouble()).isEqualTo(40.03);
        assertThat(edited.get("nominal").asDouble()).isEqualTo(40.0);
        assertThat(edited.get("name").asText()).isEqualTo("Bore diameter, tightened");
        assertThat(edited.get("unit").asText()).isEqualTo("mm");

        assertThat(expect(quality.measure(operationId, "D1", 40.04), 201).json().get("passed").asBoolean()).isFalse();
        JsonNode results = expect(quality.production.manager.get("/api/quality/operations/" + operationId
                + "/results"), 200).json();
        assertThat(results.get(0).get("passed").asBoolean()).as("judged by the limits of its time").isTrue();

        JsonNode entries = audit("INSPECTION_CHARACTERISTIC", plan.get("productCode").asText() + "/10/D1");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("action").asText()).isEqualTo("EDIT");
            assertThat(e.get("reason").asText()).isEqualTo("D1 40.0 [39.95, 40.05] mm, required, hold NONE → "
                    + "D1 40.0 [39.97, 40.03] mm, required, hold NONE");
            assertThat(e.get("actor").asText()).isEqualTo("supervisor");
        });
    }

    @Test
    void inconsistentEditsAreRefusedNamingTheFieldAndChangeNothing() {
        long operationId = quality.startedPlannedOperation();
        JsonNode plan = planOf(operationId);
        JsonNode before = characteristic(plan, "D1");
        long d1 = before.get("id").asLong();

        Api.Response crossed = edit(quality.production.supervisor, d1, Map.of("lsl", 40.1));
        assertThat(crossed.status()).isEqualTo(400);
        assertThat(crossed.json().get("errors").toString()).contains("lsl 40.1 must be below usl 40.05",
                "nominal 40.0 must lie between lsl and usl");
        Api.Response nominal = edit(quality.production.supervisor, d1, Map.of("nominal", 41.0));
        assertThat(nominal.status()).isEqualTo(400);
        assertThat(nominal.json().get("detail").asText()).contains("nominal 41.0 must lie between lsl and usl");
        Api.Response unit = edit(quality.production.supervisor, d1, Map.of("unit", "µm"));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().get("detail").asText()).contains("unit cannot change from mm to µm");
        Api.Response physical = edit(quality.production.supervisor, d1, Map.of("lsl", -1.0, "nominal", 0.0));
        assertThat(physical.status()).isEqualTo(400);
        assertThat(physical.json().get("detail").asText()).contains("limit -1.0 is outside the physical range of mm");
        long vis = characteristic(plan, "VIS").get("id").asLong();
        Api.Response limitsOnAttribute = edit(quality.production.supervisor, vis, Map.of("usl", 3.0));
        assertThat(limitsOnAttribute.status()).isEqualTo(400);
        assertThat(limitsOnAttribute.json().get("detail").asText()).contains("VIS: an attribute characteristic");
        Api.Response unknownCode = edit(quality.production.supervisor, vis, Map.of("allowedDefectCodes",
                List.of("NOPE")));
        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.json().get("detail").asText()).contains("allowedDefectCodes: defect code 'NOPE'");

        assertThat(edit(quality.inspector, d1, Map.of("lsl", 39.99)).status()).isEqualTo(403);
        assertThat(edit(quality.production.operator, d1, Map.of("lsl", 39.99)).status()).isEqualTo(403);
        Api.Response unknown = edit(quality.production.supervisor, 987_654_321L, Map.of("lsl", 39.99));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).isEqualTo("characteristic '987654321' does not exist");

        assertThat(characteristic(planOf(operationId), "D1")).isEqualTo(before);
        assertThat(characteristic(planOf(operationId), "VIS").get("allowedDefectCodes").toString())
                .isEqualTo("[\"SURF\"]");
        assertThat(audit("INSPECTION_CHARACTERISTIC", plan.get("productCode").asText() + "/10/D1")).isEmpty();
    }

    @Test
    void aRetiredCharacteristicIsNeitherRequiredNorOfferedButItsResultsStay() {
        long operationId = quality.startedPlannedOperation();
        JsonNode plan = planOf(operationId);
        long d1 = characteristic(plan, "D1").get("id").asLong();
        long vis = characteristic(plan, "VIS").get("id").asLong();
        expect(quality.judge(operationId, Map.of("characteristic", "VIS", "passed", true)), 201);

        JsonNode retired = expect(quality.production.supervisor.post("/api/quality/characteristics/" + vis
                + "/retirement", Map.of("note", "replaced by the camera check")), 200).json();
        assertThat(retired.get("retiredAt").isNull()).isFalse();
        Api.Response again = quality.production.supervisor.post("/api/quality/characteristics/" + vis
                + "/retirement", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("characteristic VIS of the inspection plan of "
                + plan.get("productCode").asText() + "/10 was already retired");

        Api.Response late = quality.judge(operationId, Map.of("characteristic", "VIS", "passed", true));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).startsWith("characteristic VIS of the inspection plan of "
                + "operation ").contains("is retired (since ").endsWith("and cannot be used for new results");
        Api.Response unknown = quality.measure(operationId, "NOPE", 1.0);
        assertThat(unknown.json().get("detail").asText()).endsWith("its characteristics are [D1]");
        Api.Response edit = edit(quality.production.supervisor, vis, Map.of("name", "x"));
        assertThat(edit.status()).isEqualTo(409);

        JsonNode results = expect(quality.production.manager.get("/api/quality/operations/" + operationId
                + "/results"), 200).json();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.get("characteristic").asText())
                .isEqualTo("VIS"));

        // D1 is required; once retired it no longer blocks completion
        quality.acknowledgeRequiredSteps(operationId);
        assertThat(quality.production.operator.post("/api/operations/" + operationId + "/complete", Map.of())
                .status()).isEqualTo(409);
        expect(quality.production.supervisor.post("/api/quality/characteristics/" + d1 + "/retirement", Map.of()),
                200);
        expect(quality.production.operator.post("/api/operations/" + operationId + "/complete", Map.of()), 200);
        assertThat(audit("INSPECTION_CHARACTERISTIC", plan.get("productCode").asText() + "/10/VIS"))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("action").asText()).isEqualTo("RETIRE");
                    assertThat(e.get("reason").asText()).isEqualTo("replaced by the camera check");
                });
    }

    @Test
    void aPlanIsResampledExtendedAndRetiredAndANewOneTakesItsPlace() {
        long operationId = quality.startedPlannedOperation();
        JsonNode plan = planOf(operationId);
        long planId = plan.get("id").asLong();
        String product = plan.get("productCode").asText();

        Api.Response badSampling = quality.production.supervisor.put("/api/quality/plans/" + planId + "/sampling",
                Map.of("kind", "EVERY_NTH", "n", 0));
        assertThat(badSampling.status()).isEqualTo(400);
        assertThat(badSampling.json().get("detail").asText()).startsWith("sampling: ");
        JsonNode resampled = expect(quality.production.supervisor.put("/api/quality/plans/" + planId + "/sampling",
                Map.of("kind", "EVERY_NTH", "n", 5)), 200).json();
        assertThat(resampled.get("sampling").asText()).isEqualTo("every 5th unit");

        Map<String, Object> d2 = QualityFixture.diameter("D2");
        JsonNode extended = expect(quality.production.supervisor.post("/api/quality/plans/" + planId
                + "/characteristics", d2), 201).json();
        assertThat(extended.get("characteristics")).hasSize(3);
        assertThat(quality.production.supervisor.post("/api/quality/plans/" + planId + "/characteristics",
                QualityFixture.diameter("D1")).status()).isEqualTo(409);
        Map<String, Object> crossed = QualityFixture.diameter("D3");
        crossed.put("lsl", 40.2);
        Api.Response invalid = quality.production.supervisor.post("/api/quality/plans/" + planId + "/characteristics",
                crossed);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("detail").asText()).contains("D3: lsl 40.2 must be below usl 40.05");
        assertThat(expect(quality.production.manager.get("/api/quality/plans/" + planId), 200).json()
                .get("characteristics")).hasSize(3);
        expect(quality.measure(operationId, "D2", 40.0), 201);

        JsonNode retired = expect(quality.production.supervisor.post("/api/quality/plans/" + planId + "/retirement",
                Map.of()), 200).json();
        assertThat(retired.get("retiredAt").isNull()).isFalse();
        assertThat(quality.production.supervisor.post("/api/quality/plans/" + planId + "/retirement", Map.of())
                .status()).isEqualTo(409);
        assertThat(quality.production.supervisor.put("/api/quality/plans/" + planId + "/sampling",
                Map.of("kind", "ALL")).status()).isEqualTo(409);
        assertThat(quality.measure(operationId, "D2", 40.0).status()).as("no plan in force").isEqualTo(400);

        JsonNode replacement = expect(quality.production.supervisor.post("/api/quality/plans", QualityFixture.plan(
                product, 10, Map.of("kind", "FIRST_PIECE"), List.of(QualityFixture.diameter("D9")))), 201).json();
        assertThat(replacement.get("id").asLong()).isNotEqualTo(planId);
        assertThat(quality.production.supervisor.post("/api/quality/plans", QualityFixture.plan(product, 10,
                Map.of("kind", "FIRST_PIECE"), List.of(QualityFixture.diameter("D8")))).status()).isEqualTo(409);
        expect(quality.measure(operationId, "D9", 40.0), 201);
        List<String> measured = new ArrayList<>();
        expect(quality.production.manager.get("/api/quality/operations/" + operationId + "/results"), 200).json()
                .forEach(r -> measured.add(r.get("characteristic").asText()));
        assertThat(measured).containsExactly("D2", "D9");

        List<String> actions = new ArrayList<>();
        audit("INSPECTION_PLAN", product + "/10").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("DEFINE", "RESAMPLE", "RETIRE");
        assertThat(quality.inspector.post("/api/quality/plans/" + replacement.get("id").asLong() + "/retirement",
                Map.of()).status()).isEqualTo(403);
        assertThat(quality.production.supervisor.post("/api/quality/plans/987654321/retirement", Map.of()).status())
                .isEqualTo(404);
    }
}
