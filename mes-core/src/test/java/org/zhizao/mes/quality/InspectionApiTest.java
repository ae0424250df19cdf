package org.zhizao.mes.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/** Inspection plans, results decided at once, the completion block, SPC alerts with holds, bad input. */
@MesTest
class InspectionApiTest {

    @LocalServerPort
    int port;

    QualityFixture quality;

    @BeforeEach
    void setUp() {
        quality = new QualityFixture(port);
    }

    private static String detail(Api.Response response) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("detail").asText();
    }

    @Test
    void completingAnOperationWhoseRequiredInspectionIsMissingIsRejectedUntilItIsRecorded() {
        long id = quality.startedPlannedOperation();
        quality.acknowledgeRequiredSteps(id);
        Api.Response blocked = quality.production.operator.post("/api/operations/" + id + "/complete", Map.of());
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(detail(blocked)).endsWith("cannot complete: inspection of D1 (first piece) needs 1 result, "
                + "0 recorded");
        assertThat(quality.production.operation(id).get("status").asText()).isEqualTo("STARTED");

        expect(quality.measure(id, "D1", 40.01), 201);
        expect(quality.production.operator.post("/api/operations/" + id + "/complete", Map.of()), 200);
    }

    @Test
    void aMeasurementIsPassedOrFailedAtOnceAgainstTheLimits() {
        long id = quality.startedPlannedOperation();
        JsonNode inside = expect(quality.measure(id, "D1", 40.05), 201).json();
        JsonNode outside = expect(quality.measure(id, "D1", 40.06), 201).json();
        assertThat(inside.get("passed").asBoolean()).isTrue();
        assertThat(outside.get("passed").asBoolean()).isFalse();
        assertThat(outside.get("inspector").asText()).isEqualTo("inspector");
        assertThat(outside.get("stationCode").asText()).isEqualTo(QualityFixture.WELDER);
    }

    @Test
    void anAttributeResultWithADefectCodeFailsAndRecordsTheDefect() {
        long id = quality.startedPlannedOperation();
        JsonNode result = expect(quality.judge(id, Map.of("characteristic", "VIS",
                "defectCodes", List.of("SURF.SCRATCH"))), 201).json();
        assertThat(result.get("passed").asBoolean()).isFalse();
        long orderId = quality.production.operation(id).get("orderId").asLong();
        JsonNode defects = expect(quality.production.manager.get("/api/quality/defects?orderId=" + orderId), 200)
                .json();
        assertThat(defects).singleElement().satisfies(d -> {
            assertThat(d.get("defectCode").asText()).isEqualTo("SURF.SCRATCH");
            assertThat(d.get("operator").asText()).isEqualTo("operator"); // who acknowledged the operation's steps
        });
    }

    @Test
    void aValueOutsideThePhysicalRangeOfItsUnitIsRefusedAndNothingIsStored() {
        long id = quality.startedPlannedOperation();
        Api.Response response = quality.measure(id, "D1", -4.0);
        assertThat(response.status()).isEqualTo(400);
        assertThat(detail(response)).isEqualTo("characteristic D1: value -4.0 mm is outside the physical range "
                + "of mm (0.0 to 100000.0)");
        assertThat(quality.resultCount(id)).isZero();
    }

    @Test
    void aMeasurementForAnUnknownCharacteristicIsRefusedNamingTheKnownOnes() {
        long id = quality.startedPlannedOperation();
        Api.Response response = quality.measure(id, "D9", 40.0);
        assertThat(response.status()).isEqualTo(400);
        assertThat(detail(response)).endsWith("characteristic 'D9' is not in the inspection plan of operation "
                + quality.production.operation(id).get("code").asText() + "; its characteristics are [D1, VIS]");
        assertThat(quality.resultCount(id)).isZero();
    }

    @Test
    void anAttributeDefectOutsideTheAllowedCodesIsRefused() {
        long id = quality.startedPlannedOperation();
        Api.Response response = quality.judge(id, Map.of("characteristic", "VIS", "defectCodes",
                List.of("WELD.CRACK")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(detail(response)).isEqualTo("characteristic VIS allows defect codes [SURF], not 'WELD.CRACK'");
        assertThat(quality.resultCount(id)).isZero();
    }

    @Test
    void anInconsistentPlanIsRefusedWithEveryProblemAndAnOperatorMayNotDefineOne() {
        String product = quality.product();
        var wrong = QualityFixture.diameter("D1");
        wrong.put("lsl", 40.1);
        wrong.put("unit", "mm");
        Api.Response response = quality.production.supervisor.post("/api/quality/plans", QualityFixture.plan(product,
                10, Map.of("kind", "EVERY_NTH", "n", 5), List.of(wrong)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).hasSize(2);
        Api.Response byOperator = quality.production.operator.post("/api/quality/plans", QualityFixture.plan(product,
                10, Map.of("kind", "ALL"), List.of(QualityFixture.diameter("D1"))));
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(quality.production.manager.get("/api/quality/plans?productCode=" + product).json()).isEmpty();
    }

    /**
     * I-MR with a baseline of 5 values 10.0, 10.1, 9.9, 10.0, 10.1 mm: x̄ = 10.02, MR̄ = 0.125,
     * σ̂ = 0.125 / 1.128 = 0.1108, UCL = 10.352. A sixth value of 12.0 breaks Nelson rule 1.
     */
    @Test
    void aRunRuleBreachRaisesAnAlertNamingRuleAndPointPausesTheOperationAndMayOpenAnNcr() {
        String product = quality.product();
        var length = QualityFixture.diameter("L1");
        length.putAll(Map.of("nominal", 10.0, "lsl", 9.0, "usl", 13.0, "baselineSubgroups", 5,
                "holdOnAlert", "OPERATION", "required", false));
        expect(quality.production.supervisor.post("/api/quality/plans", QualityFixture.plan(product, 10,
                Map.of("kind", "ALL"), List.of(length))), 201);
        long id = quality.startedOperation(quality.releasedOrder(product));
        for (double value : new double[] {10.0, 10.1, 9.9, 10.0, 10.1}) {
            assertThat(expect(quality.measure(id, "L1", value), 201).json().get("alerts")).isEmpty();
        }
        JsonNode result = expect(quality.measure(id, "L1", 12.0), 201).json();
        assertThat(result.get("passed").asBoolean()).isTrue(); // within specification, yet out of control
        assertThat(result.get("alerts")).singleElement().satisfies(alert -> {
            assertThat(alert.get("rule").asInt()).isEqualTo(1);
            assertThat(alert.get("message").asText()).endsWith("Nelson rule 1 (one point beyond 3 sigma) at point 6");
            assertThat(alert.get("hold").asText()).isEqualTo("OPERATION");
        });
        assertThat(quality.production.operation(id).get("status").asText()).isEqualTo("PAUSED");
        JsonNode ncr = expect(quality.inspector.post("/api/quality/ncrs",
                Map.of("alertId", result.get("alerts").get(0).get("id").asLong())), 201).json();
        assertThat(ncr.get("source").asText()).isEqualTo("SPC_ALERT");
        assertThat(ncr.get("operationId").asLong()).isEqualTo(id);
        assertThat(ncr.get("description").asText()).endsWith("at point 6");

        long characteristicId = expect(quality.production.manager.get("/api/quality/plans?productCode=" + product),
                200).json().get(0).get("characteristics").get(0).get("id").asLong();
        JsonNode chart = expect(quality.production.manager.get("/api/quality/characteristics/" + characteristicId
                + "/chart"), 200).json();
        assertThat(chart.get("type").asText()).isEqualTo("I_MR");
        assertThat(chart.get("location").get("ucl").asDouble()).isBetween(10.351, 10.353);
        JsonNode capability = expect(quality.production.manager.get("/api/quality/characteristics/"
                + characteristicId + "/capability"), 200).json();
        assertThat(capability.get("values").asInt()).isEqualTo(6);
    }
    /**
     * X̄-R with subgroups of 2 and a baseline of 3: {10.0, 10.2}, {10.1, 9.9}, {10.0, 10.1} give means 10.1,
     * 10.0, 10.05 (x̿ = 10.05) and ranges 0.2, 0.2, 0.1 (R̄ = 0.16667); A2 = 1.880, so UCL = 10.363. The
     * subgroup {11.0, 11.2} (mean 11.1) breaks Nelson rule 1 and the order goes on hold.
     */
    @Test
    void anAlertOnACharacteristicThatHoldsTheOrderPutsTheOrderOnHold() {
        String product = quality.product();
        var length = QualityFixture.diameter("L2");
        length.putAll(Map.of("nominal", 10.0, "lsl", 9.0, "usl", 13.0, "subgroupSize", 2, "baselineSubgroups", 3,
                "holdOnAlert", "ORDER", "required", false));
        expect(quality.production.supervisor.post("/api/quality/plans", QualityFixture.plan(product, 10,
                Map.of("kind", "ALL"), List.of(length))), 201);
        long orderId = quality.releasedOrder(product);
        long id = quality.dispatchedOperation(orderId);
        for (double value : new double[] {10.0, 10.2, 10.1, 9.9, 10.0, 10.1, 11.0}) {
            assertThat(expect(quality.measure(id, "L2", value), 201).json().get("alerts")).isEmpty();
        }
        JsonNode alert = expect(quality.measure(id, "L2", 11.2), 201).json().get("alerts").get(0);
        assertThat(alert.get("message").asText()).endsWith("Nelson rule 1 (one point beyond 3 sigma) at point 4");
        assertThat(alert.get("hold").asText()).isEqualTo("ORDER");
        assertThat(quality.production.order(orderId).get("status").asText()).isEqualTo("ON_HOLD");
    }
}
