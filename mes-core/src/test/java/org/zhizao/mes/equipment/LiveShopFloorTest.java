package org.zhizao.mes.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.zhizao.mes.equipment.LiveShopFloorFixture.await;
import static org.zhizao.mes.equipment.LiveShopFloorFixture.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.equipment.internal.AdapterRuntime;
import org.zhizao.mes.equipment.internal.InProcessSimulator;
import org.zhizao.mes.support.ProductionFixture;
import org.zhizao.mes.support.StreamClient;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.CncMachineTool;

/** The MES connected to the plant simulator: counts, breakdowns, OEE and the live stream. */
@org.zhizao.mes.support.LiveShopFloorTest
class LiveShopFloorTest {

    private static final String LATHE = ProductionFixture.LATHE;
    private static final String MILL = ProductionFixture.MILL;
    private static final String SECOND_MILL = "P1/F1/W1/L1/S03";

    @LocalServerPort
    int port;

    @Autowired
    InProcessSimulator inProcess;

    @Autowired
    AdapterRuntime runtime;

    LiveShopFloorFixture fixture;
    PlantSimulator simulator;

    @BeforeEach
    void connected() throws InterruptedException {
        fixture = new LiveShopFloorFixture(port);
        simulator = inProcess.simulator();
        // every machine of workshop W1 has reported a state
        await("the machines' first states", Duration.ofSeconds(30), () -> fixture
                .intervals(LATHE, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(1)).stream()
                .anyMatch(i -> !i.get("state").asText().equals("OFFLINE")));
    }

    @Test
    void aDispatchedOperationReceivesItsCountsFromTheMachineAndItsOeeIsTheHandComputedOne() throws Exception {
        Instant from = Instant.now();
        long operation = fixture.turningOperation(4);
        fixture.dispatch(operation, LATHE);

        // the job went to the machine (audited), which made 4 good parts; the MES credited every part
        await("4 good parts on the operation", Duration.ofSeconds(60),
                () -> fixture.production.operation(operation).get("goodQuantity").asInt() >= 4);
        Thread.sleep(1000); // the machine's Ended state and last counts arrive
        runtime.flushNow();
        JsonNode op = fixture.production.operation(operation);
        String machine = LATHE + "/CNC";
        long good = simulator.inspect(machine, d -> ((CncMachineTool) d).partsGood());
        long bad = simulator.inspect(machine, d -> ((CncMachineTool) d).partsBad());
        assertThat(op.get("status").asText()).as("the machine started it").isEqualTo("STARTED");
        assertThat(op.get("goodQuantity").asLong()).isEqualTo(good).isEqualTo(4);
        assertThat(op.get("scrapQuantity").asLong()).isEqualTo(bad);
        assertThat(fixture.supervisor().get("/api/orders/" + op.get("orderId").asLong() + "/audit").body())
                .contains("\"subjectType\":\"EQUIPMENT\"").contains("startJob: job " + op.get("code").asText());

        // OEE of the lathe over the window, by hand from the stored intervals and counts (ISO 22400-2)
        Instant to = Instant.now();
        List<JsonNode> intervals = fixture.intervals(machine, from, to);
        double window = Duration.between(from, to).toMillis() / 1000.0;
        double running = intervals.stream().filter(i -> i.get("state").asText().equals("RUNNING"))
                .mapToDouble(i -> seconds(i, from, to)).sum();
        JsonNode counts = fixture.counts(LATHE, from, to);
        long produced = counts.get("produced").asLong();
        long scrap = counts.get("scrap").asLong();
        assertThat(produced - scrap).isEqualTo(4);
        double availability = running / window;
        double effectiveness = produced * 45.0 / running;
        double quality = (produced - scrap) / (double) produced;
        JsonNode kpi = fixture.kpi(LATHE, from, to);
        assertThat(intervals).anyMatch(i -> i.get("state").asText().equals("SETUP"));
        assertThat(kpi.at("/kpis/availability").asDouble()).isCloseTo(availability, within(1e-6));
        assertThat(kpi.at("/kpis/oee").asDouble()).isCloseTo(availability * effectiveness * quality, within(1e-6));
    }

    @Test
    void aBreakdownAppearsAsUnplannedDownAndCountsTowardMttr() throws Exception {
        Instant from = Instant.now();
        String machine = MILL + "/CNC";
        simulator.faults().breakDown(machine);
        await("the mill unplanned down", Duration.ofSeconds(10), () -> fixture.intervals(machine, from,
                Instant.now().plusSeconds(1)).stream().anyMatch(i -> i.get("state").asText().equals("UNPLANNED_DOWN")));
        Thread.sleep(1500);
        simulator.faults().repair(machine);
        await("the mill repaired", Duration.ofSeconds(10), () -> fixture.intervals(machine, from,
                Instant.now().plusSeconds(1)).stream().anyMatch(i -> i.get("state").asText().equals("UNPLANNED_DOWN")
                && !i.get("end").isNull()));
        Instant to = Instant.now();
        List<JsonNode> down = fixture.intervals(machine, from, to).stream()
                .filter(i -> i.get("state").asText().equals("UNPLANNED_DOWN")).toList();
        double downSeconds = down.stream().mapToDouble(i -> seconds(i, from, to)).sum();
        assertThat(down).hasSize(1);
        assertThat(downSeconds).isGreaterThan(1.0);
        JsonNode kpi = fixture.kpi(MILL, from, to);
        assertThat(kpi.at("/inputs/failures").asInt()).isEqualTo(1);
        assertThat(Duration.parse(kpi.at("/kpis/mttr").asText()).toMillis() / 1000.0)
                .isCloseTo(downSeconds, within(0.002));
        JsonNode alarms = fixture.supervisor().get("/api/equipment/alarms?code=" + machine + "&active=false").json();
        assertThat(alarms).as("the breakdown's alarm is in the history").isNotEmpty();
    }

    @Test
    void anOperatorClassifiesTheBreakdownAndAcknowledgesItsAlarmOnce() throws Exception {
        Instant from = Instant.now();
        String machine = "P1/F1/W1/L2/S02/CNC";
        simulator.faults().breakDown(machine);
        await("the alarm stored", Duration.ofSeconds(10), () -> fixture.supervisor()
                .get("/api/equipment/alarms?code=" + machine).json().size() == 1);
        simulator.faults().repair(machine);
        JsonNode interval = fixture.intervals(machine, from, Instant.now().plusSeconds(1)).stream()
                .filter(i -> i.get("state").asText().equals("UNPLANNED_DOWN")).findFirst().orElseThrow();
        var operator = fixture.production.operator;
        String classify = "/api/equipment/intervals/" + interval.get("id").asLong() + "/classification";
        assertThat(fixture.production.manager.post(classify, java.util.Map.of("reasonCode", "BREAKDOWN-MECH"))
                .status()).as("reading roles may not classify").isEqualTo(403);
        assertThat(operator.post(classify, java.util.Map.of("reasonCode", "MEETING")).status())
                .as("a planned reason for an unplanned stop").isEqualTo(409);
        JsonNode classified = operator.post(classify, java.util.Map.of("reasonCode", "BREAKDOWN-MECH",
                "note", "spindle drive")).json();
        assertThat(classified.get("reasonCode").asText()).isEqualTo("BREAKDOWN-MECH");
        assertThat(classified.get("classifiedBy").asText()).isEqualTo("operator");

        long alarm = fixture.supervisor().get("/api/equipment/alarms?code=" + machine + "&active=false").json()
                .get(0).get("id").asLong();
        String acknowledge = "/api/equipment/alarms/" + alarm + "/acknowledgement";
        JsonNode acknowledged = operator.post(acknowledge, java.util.Map.of("note", "seen")).json();
        assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("operator");
        assertThat(operator.post(acknowledge, java.util.Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aStateChangeReachesAStreamClientWithinOneSecond() throws Exception {
        String machine = SECOND_MILL + "/CNC";
        try (StreamClient client = new StreamClient(port, "manager", "state,alarm")) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.await(i -> i.event().equals("snapshot"), Duration.ofSeconds(5))).isNotNull();
            long before = System.currentTimeMillis();
            simulator.faults().breakDown(machine);
            StreamClient.Item item = client.await(i -> i.item().get("key").asText().equals("state:" + machine)
                    && i.item().at("/data/state").asText().equals("UNPLANNED_DOWN"), Duration.ofSeconds(5));
            simulator.faults().repair(machine);
            assertThat(item).as("the breakdown on the stream").isNotNull();
            assertThat(item.receivedMillis() - before).isLessThan(1000);
        }
    }
}
