package org.zhizao.mes.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.scheduling.PlanningFixture.BASE;
import static org.zhizao.mes.scheduling.PlanningFixture.entry;
import static org.zhizao.mes.scheduling.PlanningFixture.planned;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** Planning a workshop over HTTP: solve, read, dispatch, freeze, re-plan after a breakdown. */
@MesTest
class PlanningApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ReplanningAfterBreakdown replanning;

    PlanningFixture planning;
    ProductionFixture production;

    @BeforeEach
    void setUp() {
        planning = new PlanningFixture(port);
        production = planning.production;
        planning.releaseDemoOrders();
    }

    @Test
    void aSupervisorSolvesTheWorkshopAndDispatchesAFeasiblePlanToEligibleStations() {
        long orderId = production.releasedOrder();
        JsonNode progress = planning.solve(2);
        assertThat(progress.get("state").asText()).isEqualTo("FINISHED");
        assertThat(progress.get("bestScore").asText()).contains("hard");

        JsonNode plan = planning.latestPlan();
        assertThat(progress.get("feasible").asBoolean()).as(plan.get("summary").asText()).isTrue();
        assertThat(plan.get("id").asLong()).isEqualTo(progress.get("planId").asLong());
        assertThat(plan.get("status").asText()).isEqualTo("DRAFT");
        assertThat(plan.get("score").get("feasible").asBoolean()).as(plan.get("summary").asText()).isTrue();
        assertThat(plan.get("orders").findValuesAsText("orderId")).contains(String.valueOf(orderId));
        assertThat(plan.get("costs").findValuesAsText("constraint")).contains("Makespan");
        List<JsonNode> operations = planned(plan);
        for (JsonNode o : operations) {
            JsonNode operation = production.operation(o.get("operationId").asLong());
            assertThat(operation.get("eligibleStations").findValuesAsText("stationCode"))
                    .contains(o.get("stationCode").asText());
        }
        plan.get("stations").forEach(station -> {
            Instant previousEnd = Instant.MIN;
            for (JsonNode o : station.get("operations")) {
                Instant start = Instant.parse(o.get("start").asText());
                assertThat(start).as("no overlap on " + station.get("stationCode")).isAfterOrEqualTo(previousEnd);
                previousEnd = Instant.parse(o.get("end").asText());
            }
        });

        JsonNode dispatched = expect(planning.supervisor.post("/api/scheduling/plans/" + plan.get("id").asLong()
                + "/dispatch", Map.of("reason", "morning plan")), 200).json();
        assertThat(dispatched.get("status").asText()).isEqualTo("DISPATCHED");
        for (JsonNode o : operations) {
            JsonNode operation = production.operation(o.get("operationId").asLong());
            if (!o.get("pinned").asBoolean()) {
                assertThat(operation.get("status").asText()).isEqualTo("DISPATCHED");
                assertThat(operation.get("stationCode").asText()).isEqualTo(o.get("stationCode").asText());
            }
        }
        List<String> story = new ArrayList<>();
        expect(production.manager.get("/api/orders/" + orderId + "/audit?size=100"), 200).json().get("content")
                .forEach(e -> story.add(e.get("actor").asText() + " " + e.get("action").asText() + " "
                        + e.get("reason").asText()));
        assertThat(story).anyMatch(s -> s.startsWith("supervisor DISPATCH to ") && s.contains("plan P1/F1/W1 v"));
        assertThat(planning.supervisor.post("/api/scheduling/plans/" + plan.get("id").asLong() + "/dispatch",
                Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aFrozenOperationKeepsItsStationAndStartInTheNextSolveUntilItIsUnfrozen() {
        long orderId = production.releasedOrder();
        long measuring = production.operations(orderId).get(1).get("id").asLong();
        planning.solve(1);
        JsonNode before = entry(planning.latestPlan(), measuring);

        JsonNode frozen = expect(planning.supervisor.post("/api/scheduling/operations/" + measuring + "/freeze",
                Map.of("reason", "customer visit")), 200).json();
        assertThat(frozen.get("stationCode").asText()).isEqualTo(before.get("stationCode").asText());
        assertThat(planning.supervisor.get(BASE + "/frozen").json().findValuesAsText("operationId"))
                .contains(String.valueOf(measuring));

        planning.solve(1);
        JsonNode after = entry(planning.latestPlan(), measuring);
        assertThat(after.get("stationCode").asText()).isEqualTo(before.get("stationCode").asText());
        assertThat(after.get("start").asText()).isEqualTo(before.get("start").asText());
        assertThat(after.get("pinned").asBoolean()).isTrue();

        expect(planning.supervisor.post("/api/scheduling/operations/" + measuring + "/unfreeze", Map.of()), 200);
        assertThat(planning.supervisor.post("/api/scheduling/operations/" + measuring + "/unfreeze", Map.of())
                .status()).isEqualTo(409);
        List<String> actions = expect(production.manager.get("/api/orders/" + orderId + "/audit?size=100"), 200)
                .json().get("content").findValuesAsText("action");
        assertThat(actions).contains("FREEZE", "UNFREEZE");
    }

    @Test
    void aBreakdownReplanKeepsStartedOperationsAndPlansNothingOnTheStationWhileItIsDown() {
        long started = production.startedOperation();
        production.releasedOrder();
        planning.solve(1);
        JsonNode before = entry(planning.latestPlan(), started);
        Instant from = Instant.now();
        Instant to = from.plus(Duration.ofHours(8));

        JsonNode plan = expect(planning.supervisor.post(BASE + "/replan", Map.of("stationCode",
                ProductionFixture.OTHER_LATHE, "downFrom", from.toString(), "downTo", to.toString(),
                "seconds", 2, "seed", 3)), 201).json();
        assertThat(plan.get("origin").asText()).contains("re-plan").contains(ProductionFixture.OTHER_LATHE);
        JsonNode kept = entry(plan, started);
        assertThat(kept.get("stationCode").asText()).isEqualTo(ProductionFixture.LATHE);
        assertThat(kept.get("pinned").asBoolean()).isTrue();
        assertThat(kept.get("start").asText()).isEqualTo(before.get("start").asText());
        Instant startedAt = Instant.parse(production.operation(started).get("startedAt").asText());
        // at its start, unless other work started earlier on the same station still holds it
        assertThat(Instant.parse(kept.get("start").asText())).isAfter(startedAt.minusSeconds(60));
        for (JsonNode o : planned(plan)) {
            if (o.get("stationCode").asText().equals(ProductionFixture.OTHER_LATHE) && !o.get("pinned").asBoolean()) {
                Instant start = Instant.parse(o.get("start").asText());
                Instant end = Instant.parse(o.get("end").asText());
                assertThat(!end.isAfter(from) || !start.isBefore(to))
                        .as(o + " lies in the down window " + from + " to " + to).isTrue();
            }
        }
        assertThat(planning.latestPlan().get("id").asLong()).isEqualTo(plan.get("id").asLong());
    }

    @Test
    void theLiveShopFloorReplansTheStationsWorkshopWhenItBreaksDown() {
        production.releasedOrder();
        Instant from = Instant.now();
        Instant to = from.plus(Duration.ofHours(2));

        PlanView plan = replanning.stationDown(ProductionFixture.MILL, from, to);

        assertThat(plan.workshopCode()).isEqualTo(PlanningFixture.WORKSHOP);
        assertThat(plan.createdBy()).isEqualTo("system");
        assertThat(plan.status()).isEqualTo("DRAFT");
        assertThat(plan.stations()).filteredOn(s -> s.stationCode().equals(ProductionFixture.MILL))
                .flatMap(PlanView.StationPlan::operations).filteredOn(o -> !o.pinned())
                .allMatch(o -> !o.end().isAfter(from) || !o.start().isBefore(to));
    }

    @Test
    void aSecondSolveOfTheSameWorkshopIsRefusedWhileTheFirstRunsAndTheFirstCanBeStopped() {
        production.releasedOrder();
        expect(planning.supervisor.post(BASE + "/solve", Map.of("seconds", 30)), 202);
        assertThat(planning.supervisor.post(BASE + "/solve", Map.of("seconds", 5)).status()).isEqualTo(409);
        assertThat(planning.supervisor.post(BASE + "/replan", Map.of("stationCode", ProductionFixture.LATHE,
                "downFrom", Instant.now().toString(), "downTo", Instant.now().plusSeconds(600).toString()))
                .status()).isEqualTo(409);

        expect(planning.supervisor.post(BASE + "/solve/stop", Map.of()), 200);
        JsonNode progress = planning.awaitEnd();
        assertThat(progress.get("state").asText()).isEqualTo("STOPPED");
        assertThat(progress.get("elapsedSeconds").asDouble()).isLessThan(30);
        assertThat(progress.get("planId").isNumber()).isTrue();
        assertThat(planning.supervisor.post(BASE + "/solve/stop", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void onlyPlannersSolveFreezeAndDispatchWhileEveryoneReads() {
        assertThat(production.manager.post(BASE + "/solve", Map.of("seconds", 1)).status()).isEqualTo(403);
        assertThat(production.operator.post("/api/scheduling/plans/1/dispatch", Map.of()).status()).isEqualTo(403);
        assertThat(production.manager.post("/api/scheduling/operations/1/freeze", Map.of()).status())
                .isEqualTo(403);
        assertThat(production.manager.get(BASE + "/solve").status()).isEqualTo(200);
        assertThat(production.operator.get(BASE + "/plans").status()).isEqualTo(200);
    }

    @Test
    void badRequestsAreClearClientErrors() {
        Map<String, Object> noSeconds = new HashMap<>();
        noSeconds.put("seed", 1);
        assertThat(planning.supervisor.post("/api/scheduling/workshops/P9.F9.W9/solve", Map.of("seconds", 1))
                .status()).isEqualTo(404);
        assertThat(planning.supervisor.post(BASE + "/solve", Map.of("seconds", -1)).status()).isEqualTo(400);
        assertThat(planning.supervisor.post(BASE + "/solve", Map.of("seconds", 601)).json().get("detail").asText())
                .contains("between 1 and 600");
        assertThat(planning.supervisor.post(BASE + "/solve", noSeconds).status()).isEqualTo(400);
        assertThat(planning.supervisor.post(BASE + "/solve", "{\"seconds\": \"soon\"}").status()).isEqualTo(400);
        assertThat(planning.supervisor.post(BASE + "/replan", Map.of("stationCode", "P1/F1/W2/L1/S01",
                "downFrom", Instant.now().toString(), "downTo", Instant.now().plusSeconds(60).toString()))
                .status()).isEqualTo(400);
        assertThat(planning.supervisor.post(BASE + "/replan", Map.of("stationCode", ProductionFixture.LATHE,
                "downFrom", Instant.now().toString(), "downTo", Instant.now().minusSeconds(60).toString()))
                .status()).isEqualTo(400);
        assertThat(planning.supervisor.get("/api/scheduling/plans/999999").status()).isEqualTo(404);
        assertThat(planning.supervisor.get("/api/scheduling/workshops/P9.F9.W9/plans/latest").status())
                .isEqualTo(404);
        assertThat(planning.supervisor.post("/api/scheduling/operations/999999/freeze", Map.of()).status())
                .isEqualTo(404);
    }
}
