package org.zhizao.mes.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.equipment.LiveShopFloorFixture.await;
import static org.zhizao.mes.equipment.LiveShopFloorFixture.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.equipment.internal.AdapterRuntime;
import org.zhizao.mes.equipment.internal.InProcessSimulator;
import org.zhizao.mes.support.LiveShopFloorTest;
import org.zhizao.mes.support.ProductionFixture;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.CncMachineTool;

/**
 * The simulator's server stops for 20 s while a machine works a job, then starts again: the devices keep
 * running meanwhile, so the parts made during the outage arrive with the first counter values after it
 * (docs/opcua-mapping.md, counter deltas) and are credited once.
 */
@LiveShopFloorTest
class SimulatorOutageTest {

    private static final String MACHINE = ProductionFixture.OTHER_LATHE + "/CNC";

    @LocalServerPort
    int port;

    @Autowired
    InProcessSimulator inProcess;

    @Autowired
    AdapterRuntime runtime;

    @Test
    void aTwentySecondOutageIsRecordedOfflineAndNoCountedPartIsLostOrDoubled() throws Exception {
        LiveShopFloorFixture fixture = new LiveShopFloorFixture(port);
        PlantSimulator simulator = inProcess.simulator();
        await("the machine's first state", Duration.ofSeconds(60), () -> !currentState(fixture).equals("OFFLINE"));
        long operation = fixture.turningOperation(6);
        fixture.dispatch(operation, ProductionFixture.OTHER_LATHE);
        await("the first part", Duration.ofSeconds(60),
                () -> fixture.production.operation(operation).get("goodQuantity").asInt() >= 1);

        Instant outage = Instant.now();
        simulator.faults().stopServer();
        Thread.sleep(20_000);
        simulator.faults().restartServer();

        await("the machine back", Duration.ofSeconds(30), () -> !currentState(fixture).equals("OFFLINE"));
        await("6 good parts", Duration.ofSeconds(60),
                () -> fixture.production.operation(operation).get("goodQuantity").asInt() >= 6);
        Thread.sleep(1000);
        runtime.flushNow();

        JsonNode op = fixture.production.operation(operation);
        assertThat(op.get("goodQuantity").asLong()).isEqualTo(6)
                .isEqualTo(simulator.inspect(MACHINE, d -> ((CncMachineTool) d).partsGood()));
        assertThat(op.get("scrapQuantity").asLong())
                .isEqualTo(simulator.inspect(MACHINE, d -> ((CncMachineTool) d).partsBad()));

        Instant now = Instant.now();
        List<JsonNode> offline = fixture.intervals(MACHINE, outage, now).stream()
                .filter(i -> i.get("state").asText().equals("OFFLINE")).toList();
        assertThat(offline).hasSize(1);
        assertThat(seconds(offline.get(0), outage, now)).isBetween(14.0, 30.0);
        assertThat(offline.get(0).get("end").isNull()).isFalse();

        // every machine of the plant has its state back
        List<String> stillOffline = new ArrayList<>();
        await("every device back", Duration.ofSeconds(30), () -> {
            stillOffline.clear();
            fixture.supervisor().get("/api/equipment/status").json().forEach(s -> {
                if (s.get("type").asText().equals("state") && s.get("state").asText().equals("OFFLINE")) {
                    stillOffline.add(s.get("device").asText());
                }
            });
            return stillOffline.isEmpty();
        });
    }

    private static String currentState(LiveShopFloorFixture fixture) {
        JsonNode status = fixture.supervisor().get("/api/equipment/status").json();
        for (JsonNode s : status) {
            if (s.get("type").asText().equals("state") && s.get("device").asText().equals(MACHINE)) {
                return s.get("state").asText();
            }
        }
        return "OFFLINE";
    }
}
