package org.zhizao.mes.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** Illegal transitions, bad input, wrong roles and unknown ids on operations: always a problem detail. */
@MesTest
class ExecutionRulesApiTest {

    @LocalServerPort
    int port;

    ProductionFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ProductionFixture(port);
    }

    private static String detail(Api.Response response) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("detail").asText();
    }

    @Test
    void startingAnUndispatchedOperationIsRejectedNamingTheOperation() {
        JsonNode operation = fixture.operations(fixture.releasedOrder()).get(0);
        Api.Response response = fixture.operator.post("/api/operations/" + operation.get("id") + "/start", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(detail(response)).isEqualTo("operation " + operation.get("code").asText()
                + " cannot start: it is planned (only possible when dispatched)");
    }

    @Test
    void completingAnOperationWithAnOpenRequiredStepIsRejectedNamingTheStep() {
        long id = fixture.startedOperation();
        expect(fixture.acknowledge(fixture.operator, id, 1), 200);
        Api.Response response = fixture.operator.post("/api/operations/" + id + "/complete", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(detail(response)).endsWith("cannot complete: step 3 'verify first piece' is not acknowledged");
        assertThat(fixture.operation(id).get("status").asText()).isEqualTo("STARTED");
    }

    @Test
    void acknowledgingAStepOutOfOrderIsRejected() {
        long id = fixture.startedOperation();
        Api.Response response = fixture.acknowledge(fixture.operator, id, 3);
        assertThat(response.status()).isEqualTo(409);
        assertThat(detail(response)).endsWith(
                "step 3 'verify first piece' cannot be acknowledged before step 1 'clamp bar stock'");
    }

    @Test
    void acknowledgingAStepTwiceIsRejected() {
        long id = fixture.startedOperation();
        expect(fixture.acknowledge(fixture.operator, id, 1), 200);
        Api.Response again = fixture.acknowledge(fixture.supervisor, id, 1);
        assertThat(again.status()).isEqualTo(409);
        assertThat(detail(again)).endsWith("step 1 'clamp bar stock' is already acknowledged");
        assertThat(fixture.operation(id).get("steps").get(0).get("acknowledgedBy").asText()).isEqualTo("operator");
    }

    @Test
    void acknowledgingAStepOfAPausedOperationIsRejected() {
        long id = fixture.startedOperation();
        expect(fixture.operator.post("/api/operations/" + id + "/pause", Map.of()), 200);
        assertThat(fixture.acknowledge(fixture.operator, id, 1).status()).isEqualTo(409);
    }

    @Test
    void completingAPausedOperationIsRejected() {
        long id = fixture.startedOperation();
        expect(fixture.operator.post("/api/operations/" + id + "/pause", Map.of()), 200);
        Api.Response response = fixture.operator.post("/api/operations/" + id + "/complete", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(detail(response)).contains("cannot complete: it is paused");
    }

    @Test
    void resumingAStartedOperationIsRejected() {
        long id = fixture.startedOperation();
        assertThat(fixture.operator.post("/api/operations/" + id + "/resume", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void dispatchingToAStationOutsideTheRoutingIsRejected() {
        JsonNode operation = fixture.operations(fixture.releasedOrder()).get(0);
        Api.Response response = fixture.supervisor.post("/api/operations/" + operation.get("id") + "/dispatch",
                Map.of("stationCode", ProductionFixture.MILL));
        assertThat(response.status()).isEqualTo(409);
        assertThat(detail(response)).contains("not an eligible station");
        assertThat(fixture.operation(operation.get("id").asLong()).get("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void dispatchingToAnUnknownStationIsBadInput() {
        JsonNode operation = fixture.operations(fixture.releasedOrder()).get(0);
        Api.Response response = fixture.supervisor.post("/api/operations/" + operation.get("id") + "/dispatch",
                Map.of("stationCode", "P1/F9/W1/L1/S01"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(detail(response)).contains("station 'P1/F9/W1/L1/S01' does not exist");
    }

    @Test
    void aStartedOperationCannotBeDispatchedAgain() {
        long id = fixture.startedOperation();
        assertThat(fixture.supervisor.post("/api/operations/" + id + "/dispatch",
                Map.of("stationCode", ProductionFixture.OTHER_LATHE)).status()).isEqualTo(409);
    }

    @Test
    void startingAnOperationOfAnOrderOnHoldIsRejected() {
        long orderId = fixture.releasedOrder();
        long id = fixture.dispatchedOperation(orderId);
        expect(fixture.supervisor.post("/api/orders/" + orderId + "/hold", Map.of("reason", "material check")), 200);
        Api.Response response = fixture.operator.post("/api/operations/" + id + "/start", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(detail(response)).endsWith("is on hold");
        expect(fixture.supervisor.post("/api/orders/" + orderId + "/resume", Map.of()), 200);
        expect(fixture.operator.post("/api/operations/" + id + "/start", Map.of()), 200);
    }

    @Test
    void reportingQuantitiesOfAnOperationNotStartedIsRejected() {
        JsonNode operation = fixture.operations(fixture.releasedOrder()).get(0);
        assertThat(fixture.operator.post("/api/operations/" + operation.get("id") + "/quantities",
                Map.of("good", 1, "scrap", 0)).status()).isEqualTo(409);
    }

    @Test
    void negativeZeroOrMissingQuantitiesAreBadInputAndChangeNothing() {
        long id = fixture.startedOperation();
        JsonNode before = fixture.operation(id);
        for (Object body : new Object[] {Map.of("good", -1, "scrap", 0), Map.of("good", 0, "scrap", 0),
                Map.of("good", 3), "{\"good\": \"many\", \"scrap\": 0}", "{not json",
                Map.of("good", 1, "scrap", 0, "rework", 2)}) {
            Api.Response response = fixture.operator.post("/api/operations/" + id + "/quantities", body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(fixture.operation(id)).isEqualTo(before);
    }

    @Test
    void unknownOperationsAndStepsAreNotFound() {
        assertThat(fixture.operator.get("/api/operations/987654321").status()).isEqualTo(404);
        assertThat(fixture.operator.post("/api/operations/987654321/start", Map.of()).status()).isEqualTo(404);
        assertThat(fixture.acknowledge(fixture.operator, fixture.startedOperation(), 9).status()).isEqualTo(404);
        assertThat(fixture.manager.get("/api/orders/987654321/operations").status()).isEqualTo(404);
    }

    @Test
    void anOperatorCannotDispatchOrAbort() {
        JsonNode operation = fixture.operations(fixture.releasedOrder()).get(0);
        long id = operation.get("id").asLong();
        assertThat(fixture.operator.post("/api/operations/" + id + "/dispatch",
                Map.of("stationCode", ProductionFixture.LATHE)).status()).isEqualTo(403);
        assertThat(fixture.operator.post("/api/operations/" + id + "/abort", Map.of()).status()).isEqualTo(403);
        assertThat(fixture.operation(id)).isEqualTo(operation);
    }

    @Test
    void aManagerReadsOperationsButCannotWorkThem() {
        long id = fixture.startedOperation();
        JsonNode before = fixture.operation(id);
        assertThat(fixture.manager.get("/api/operations/" + id).status()).isEqualTo(200);
        assertThat(fixture.acknowledge(fixture.manager, id, 1).status()).isEqualTo(403);
        assertThat(fixture.manager.post("/api/operations/" + id + "/pause", Map.of()).status()).isEqualTo(403);
        assertThat(fixture.manager.post("/api/operations/" + id + "/quantities", Map.of("good", 1, "scrap", 0))
                .status()).isEqualTo(403);
        assertThat(fixture.operation(id)).isEqualTo(before);
    }
}
