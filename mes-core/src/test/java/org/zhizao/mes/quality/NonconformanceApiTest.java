package org.zhizao.mes.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/** Defects, nonconformance reports and their dispositions, Pareto and quality rates. */
@MesTest
class NonconformanceApiTest {

    @LocalServerPort
    int port;

    QualityFixture quality;

    @BeforeEach
    void setUp() {
        quality = new QualityFixture(port);
    }

    private JsonNode defect(long operationId, String code, int quantity) {
        return expect(quality.inspector.post("/api/quality/defects", Map.of("operationId", operationId,
                "defectCode", code, "quantity", quantity)), 201).json();
    }

    private JsonNode openFromDefect(long operationId) {
        long defectId = defect(operationId, "SURF.BURR", 2).get("id").asLong();
        return expect(quality.inspector.post("/api/quality/ncrs", Map.of("defectId", defectId)), 201).json();
    }

    private List<String> auditActions(long orderId) {
        List<String> actions = new ArrayList<>();
        JsonNode trail = expect(quality.production.manager.get("/api/orders/" + orderId + "/audit?size=200"), 200)
                .json();
        trail.get("content").forEach(e -> {
            if ("NCR".equals(e.get("subjectType").asText())) {
                actions.add(e.get("action").asText() + ":" + e.get("toState").asText());
            }
        });
        return actions;
    }

    @Test
    void reworkDispositionAddsAReworkOperationToTheOrderAndEveryStepIsAudited() {
        long operationId = quality.startedOperation();
        long orderId = quality.production.operation(operationId).get("orderId").asLong();
        JsonNode ncr = openFromDefect(operationId);
        assertThat(ncr.get("number").asText()).matches("NCR-\\d{4}-\\d{6}");
        assertThat(ncr.get("status").asText()).isEqualTo("OPEN");

        JsonNode disposed = expect(quality.inspector.post("/api/quality/ncrs/" + ncr.get("id") + "/disposition",
                Map.of("disposition", "REWORK", "note", "deburr the keyway edge")), 200).json();
        assertThat(disposed.get("status").asText()).isEqualTo("DISPOSITIONED");
        JsonNode rework = quality.production.operation(disposed.get("reworkOperationId").asLong());
        assertThat(rework.get("operationType").asText()).isEqualTo("REWORK");
        assertThat(rework.get("status").asText()).isEqualTo("PLANNED");
        assertThat(rework.get("plannedQuantity").asInt()).isEqualTo(2);
        assertThat(rework.get("eligibleStations").get(0).get("stationCode").asText()).isEqualTo(QualityFixture.WELDER);

        expect(quality.inspector.post("/api/quality/ncrs/" + ncr.get("id") + "/close", Map.of()), 200);
        assertThat(auditActions(orderId)).containsExactly("OPEN:OPEN", "DISPOSITION_REWORK:DISPOSITIONED",
                "CLOSE:CLOSED");
    }

    @Test
    void useAsIsWaitsForASupervisorsApproval() {
        long operationId = quality.startedOperation();
        JsonNode ncr = openFromDefect(operationId);
        String path = "/api/quality/ncrs/" + ncr.get("id");
        JsonNode proposed = expect(quality.inspector.post(path + "/disposition",
                Map.of("disposition", "USE_AS_IS")), 200).json();
        assertThat(proposed.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        Api.Response early = quality.inspector.post(path + "/close", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).isEqualTo("NCR " + ncr.get("number").asText()
                + " cannot be closed: it is awaiting approval (only possible once dispositioned)");

        JsonNode approved = expect(quality.production.supervisor.post(path + "/approval",
                Map.of("note", "within the customer's deviation permit")), 200).json();
        assertThat(approved.get("status").asText()).isEqualTo("DISPOSITIONED");
        assertThat(approved.get("approvedBy").asText()).isEqualTo("supervisor");
        assertThat(approved.get("proposedBy").asText()).isEqualTo("inspector");
    }

    @Test
    void aDispositionOrApprovalByTheWrongRoleIsForbiddenAndChangesNothing() {
        long operationId = quality.startedOperation();
        JsonNode ncr = openFromDefect(operationId);
        String path = "/api/quality/ncrs/" + ncr.get("id");
        Api.Response byOperator = quality.production.operator.post(path + "/disposition",
                Map.of("disposition", "SCRAP"));
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.contentType()).startsWith("application/problem+json");
        assertThat(quality.production.manager.get(path).json().get("status").asText()).isEqualTo("OPEN");

        expect(quality.inspector.post(path + "/disposition", Map.of("disposition", "USE_AS_IS")), 200);
        Api.Response byInspector = quality.inspector.post(path + "/approval", Map.of());
        assertThat(byInspector.status()).isEqualTo(403);
        JsonNode after = quality.production.manager.get(path).json();
        assertThat(after.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(after.get("approvedBy").isNull()).isTrue();
    }

    @Test
    void anNcrOpensFromAnSpcAlertOrFromADefectButNotFromBothOrNeither() {
        Api.Response neither = quality.inspector.post("/api/quality/ncrs", Map.of("description", "?"));
        assertThat(neither.status()).isEqualTo(400);
        Api.Response unknown = quality.inspector.post("/api/quality/ncrs", Map.of("alertId", 987654321));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).isEqualTo("quality alert 987654321 does not exist");
    }

    @Test
    void paretoRanksDefectCodesOfATierLargestFirst() {
        long operationId = quality.startedOperation();
        defect(operationId, "DIM.RUNOUT", 5);
        defect(operationId, "SURF.SCRATCH", 1);
        JsonNode pareto = expect(quality.production.manager.get("/api/quality/pareto?by=CODE&tier=" + QualityFixture.WORKSHOP), 200)
                .json();
        List<String> keys = new ArrayList<>();
        pareto.get("bars").forEach(b -> keys.add(b.get("key").asText()));
        assertThat(keys).contains("DIM.RUNOUT", "SURF.SCRATCH");
        assertThat(keys.indexOf("DIM.RUNOUT")).isLessThan(keys.indexOf("SURF.SCRATCH"));
        JsonNode last = pareto.get("bars").get(pareto.get("bars").size() - 1);
        assertThat(last.get("cumulativeShare").asDouble()).isEqualTo(1.0);

        JsonNode byStation = expect(quality.production.manager.get("/api/quality/pareto?by=STATION&tier=P1/F9"),
                400).json();
        assertThat(byStation.get("detail").asText()).startsWith("tier 'P1/F9' holds no station of the plant");
    }

    @Test
    void qualityRatesCountCompletedOperationsOfTheTier() {
        long operationId = quality.startedOperation();
        expect(quality.production.operator.post("/api/operations/" + operationId + "/quantities",
                Map.of("good", 8, "scrap", 2)), 200);
        defect(operationId, "DIM.OVERSIZE", 3);
        quality.acknowledgeRequiredSteps(operationId);
        expect(quality.production.operator.post("/api/operations/" + operationId + "/complete", Map.of()), 200);
        JsonNode rates = expect(quality.production.manager.get("/api/quality/rates?tier=" + QualityFixture.WELDER), 200)
                .json();
        assertThat(rates.get("produced").asLong()).isGreaterThanOrEqualTo(10);
        // other tests complete operations on the same welder, so only bounds hold here; the domain test has exact figures
        assertThat(rates.get("defects").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(rates.get("firstPassYield").asDouble()).isBetween(0.0, 1.0);
        assertThat(rates.get("scrapRatio").asDouble()).isGreaterThan(0);
    }
}
