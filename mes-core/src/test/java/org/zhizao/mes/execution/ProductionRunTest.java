package org.zhizao.mes.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** The happy path over HTTP: from a new order to a completed order with its whole story in the audit trail. */
@MesTest
class ProductionRunTest {

    @LocalServerPort
    int port;

    ProductionFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ProductionFixture(port);
    }

    @Test
    void anOrderRunsFromCreatedToCompletedAndTheAuditTrailTellsTheWholeStory() {
        var supervisor = fixture.supervisor;
        var operator = fixture.operator;
        JsonNode order = fixture.createdOrder();
        long orderId = order.get("id").asLong();
        assertThat(order.get("number").asText()).matches("PO-\\d{4}-\\d{6}");
        assertThat(order.get("status").asText()).isEqualTo("CREATED");

        expect(supervisor.post("/api/orders/" + orderId + "/release", Map.of("reason", "material ready")), 200);
        List<JsonNode> operations = fixture.operations(orderId);
        assertThat(operations).extracting(o -> o.get("code").asText())
                .containsExactly(order.get("number").asText() + "-10", order.get("number").asText() + "-20");
        assertThat(operations).allMatch(o -> o.get("status").asText().equals("PLANNED"));

        String[] stations = {ProductionFixture.LATHE, ProductionFixture.MEASURING};
        for (int i = 0; i < operations.size(); i++) {
            long id = operations.get(i).get("id").asLong();
            expect(supervisor.post("/api/operations/" + id + "/dispatch", Map.of("stationCode", stations[i])), 200);
            expect(operator.post("/api/operations/" + id + "/start", Map.of()), 200);
            if (i == 0) {
                assertThat(fixture.order(orderId).get("status").asText()).isEqualTo("IN_PROGRESS");
                expect(operator.post("/api/operations/" + id + "/pause", Map.of("reason", "tool change")), 200);
                expect(operator.post("/api/operations/" + id + "/resume", Map.of()), 200);
            }
            for (JsonNode step : operations.get(i).get("steps")) {
                expect(fixture.acknowledge(operator, id, step.get("seq").asInt()), 200);
            }
            JsonNode reported = expect(operator.post("/api/operations/" + id + "/quantities",
                    Map.of("good", 24, "scrap", 1)), 200).json();
            assertThat(reported.get("goodQuantity").asInt()).isEqualTo(24);
            JsonNode completed = expect(operator.post("/api/operations/" + id + "/complete", Map.of()), 200).json();
            assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(completed.get("steps").get(0).get("acknowledgedBy").asText()).isEqualTo("operator");
        }

        JsonNode finished = fixture.order(orderId);
        assertThat(finished.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(finished.get("finishedAt").isNull()).isFalse();

        List<String> story = new ArrayList<>();
        expect(fixture.manager.get("/api/orders/" + orderId + "/audit?size=200"), 200).json().get("content")
                .forEach(e -> story.add(e.get("actor").asText() + " " + e.get("subjectType").asText() + " "
                        + e.get("action").asText()));
        assertThat(story).startsWith("supervisor ORDER CREATE", "supervisor ORDER RELEASE",
                "supervisor OPERATION PLAN", "supervisor OPERATION PLAN", "supervisor OPERATION DISPATCH",
                "operator OPERATION START", "operator ORDER START", "operator OPERATION PAUSE",
                "operator OPERATION RESUME", "operator WORK_STEP ACKNOWLEDGE", "operator WORK_STEP ACKNOWLEDGE",
                "operator WORK_STEP ACKNOWLEDGE", "operator OPERATION REPORT_QUANTITIES",
                "operator OPERATION COMPLETE");
        assertThat(story).endsWith("operator OPERATION COMPLETE", "operator ORDER COMPLETE");
        assertThat(story).hasSize(20);
    }

    @Test
    void aStationSeesTheOperationsDispatchedToIt() {
        long operationId = fixture.dispatchedOperation(fixture.releasedOrder());
        JsonNode queue = expect(fixture.operator.get("/api/operations?station=" + ProductionFixture.LATHE
                + "&status=DISPATCHED&size=500"), 200).json();
        List<Long> ids = new ArrayList<>();
        queue.get("content").forEach(o -> ids.add(o.get("id").asLong()));
        assertThat(ids).contains(operationId);
    }

    @Test
    void cancellingAnOrderAbortsItsUnfinishedOperations() {
        long orderId = fixture.releasedOrder();
        long started = fixture.dispatchedOperation(orderId);
        expect(fixture.operator.post("/api/operations/" + started + "/start", Map.of()), 200);
        expect(fixture.supervisor.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "customer withdrew")),
                200);
        assertThat(fixture.operations(orderId)).allMatch(o -> o.get("status").asText().equals("ABORTED"));
        assertThat(fixture.order(orderId).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void anOrderIsCompletedWhenItsLastOperationIsAbortedAfterAnotherCompleted() {
        long orderId = fixture.releasedOrder();
        long turning = fixture.dispatchedOperation(orderId);
        expect(fixture.operator.post("/api/operations/" + turning + "/start", Map.of()), 200);
        for (int seq : new int[] {1, 3}) {
            expect(fixture.acknowledge(fixture.operator, turning, seq), 200);
        }
        expect(fixture.operator.post("/api/operations/" + turning + "/complete", Map.of()), 200);
        assertThat(fixture.order(orderId).get("status").asText()).isEqualTo("IN_PROGRESS");
        long measuring = fixture.operations(orderId).get(1).get("id").asLong();
        expect(fixture.supervisor.post("/api/operations/" + measuring + "/abort", Map.of("reason", "CMM broken")),
                200);
        assertThat(fixture.order(orderId).get("status").asText()).isEqualTo("COMPLETED");
    }
}
