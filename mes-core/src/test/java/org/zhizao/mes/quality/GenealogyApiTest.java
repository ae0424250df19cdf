package org.zhizao.mes.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** Unit identifiers, backward and forward trace, and the resolver's as-built record. */
@MesTest
class GenealogyApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    QualityFixture quality;
    SignalHistoryFixture signals;

    @BeforeEach
    void setUp() {
        quality = new QualityFixture(port);
        signals = new SignalHistoryFixture(jdbc);
    }

    private String identify(long orderId) {
        return expect(quality.production.operator.post("/api/genealogy/units", Map.of("orderId", orderId)), 201)
                .json().get("identifier").asText();
    }

    private void consume(String identifier, String lot) {
        expect(quality.production.operator.post("/api/genealogy/consumptions", Map.of("identifier", identifier,
                "componentCode", "Q235-PL8", "materialLot", lot, "quantity", 2, "unit", "pcs")), 201);
    }

    private static String freshLot() {
        return "HEAT-" + ProductionFixture.freshCode();
    }

    @Test
    void eachUnitGetsAnIdentifierUnderTheConfiguredPrefix() {
        String identifier = identify(quality.releasedOrder());
        assertThat(identifier).matches("88\\.123\\.1/ZZ-F1-\\d{4}-\\d{6}");
    }

    @Test
    void backwardTraceFindsAUnitsLotsAndForwardTraceEveryUnitContainingALot() {
        long orderId = quality.releasedOrder();
        String first = identify(orderId);
        String second = identify(orderId);
        String third = identify(orderId);
        String recalled = freshLot();
        String other = freshLot();
        consume(first, recalled);
        consume(second, recalled);
        consume(third, other);

        JsonNode backward = expect(quality.production.manager.get("/api/genealogy/backward?identifier=" + first),
                200).json();
        assertThat(backward.get("lots")).singleElement()
                .satisfies(l -> assertThat(l.get("materialLot").asText()).isEqualTo(recalled));

        JsonNode forward = expect(quality.production.manager.get("/api/genealogy/forward?materialLot=" + recalled),
                200).json();
        List<String> units = new ArrayList<>();
        forward.get("units").forEach(u -> units.add(u.get("identifier").asText()));
        assertThat(units).containsExactly(first, second);
    }

    @Test
    void theResolverAnswersTheAsBuiltRecord() {
        long operationId = quality.startedPlannedOperation();
        long orderId = quality.production.operation(operationId).get("orderId").asLong();
        String identifier = identify(orderId);
        String lot = freshLot();
        consume(identifier, lot);
        expect(quality.inspector.post("/api/quality/operations/" + operationId + "/results",
                Map.of("characteristic", "D1", "value", 40.02, "unitIdentifier", identifier)), 201);
        expect(quality.inspector.post("/api/quality/defects", Map.of("operationId", operationId,
                "defectCode", "SURF.SCRATCH", "unitIdentifier", identifier)), 201);

        JsonNode record = expect(quality.production.manager.get("/id/" + identifier), 200).json();
        assertThat(record.get("identifier").asText()).isEqualTo(identifier);
        assertThat(record.get("order").get("id").asLong()).isEqualTo(orderId);
        assertThat(record.get("operations")).hasSize(2);
        assertThat(record.get("operations").get(0).get("stationCode").asText()).isEqualTo(QualityFixture.WELDER);
        assertThat(record.get("operations").get(0).get("startedAt").isNull()).isFalse();
        assertThat(record.get("measurements")).singleElement().satisfies(m -> {
            assertThat(m.get("characteristic").asText()).isEqualTo("D1");
            assertThat(m.get("value").asDouble()).isEqualTo(40.02);
            assertThat(m.get("inspector").asText()).isEqualTo("inspector");
        });
        assertThat(record.get("defects")).singleElement()
                .satisfies(d -> assertThat(d.get("defectCode").asText()).isEqualTo("SURF.SCRATCH"));
        assertThat(record.get("materials")).singleElement()
                .satisfies(m -> assertThat(m.get("materialLot").asText()).isEqualTo(lot));
    }

    @Test
    void theAsBuiltRecordHoldsTheProcessValuesRecordedOnTheStationWhileTheOperationRan() {
        long operationId = quality.startedPlannedOperation();
        JsonNode operation = quality.production.operation(operationId);
        long orderId = operation.get("orderId").asLong();
        String identifier = identify(orderId);
        Instant started = Instant.parse(expect(quality.production.manager.get("/id/" + identifier), 200).json()
                .get("operations").get(0).get("startedAt").asText());
        Instant minute = started.truncatedTo(ChronoUnit.MINUTES);
        String robot = device(QualityFixture.WELDER, "ROBOT");
        String meter = device(QualityFixture.WELDER, "ENERGY_METER");
        // two devices of the welder; a minute before the start and one after now lie outside the operation
        signals.minute(robot, "speedOverride", minute, 30, 80, 100, 90, 95);
        signals.minute(robot, "speedOverride", minute.minus(1, ChronoUnit.MINUTES), 60, 0, 1, 0.5, 0);
        signals.minute(robot, "speedOverride", Instant.now().plus(5, ChronoUnit.MINUTES), 60, 0, 1, 0.5, 0);
        signals.minute(robot, "power", minute, 10, 3.5, 6.0, 5.0, 4.5);
        signals.minute(meter, "power", minute, 20, 5.0, 7.5, 6.0, 6.5);

        JsonNode values = expect(quality.production.manager.get("/id/" + identifier), 200).json()
                .get("operations").get(0).get("processValues");
        assertThat(values).hasSize(3);
        // by device, then signal: the meter's power, the robot's power, the robot's speed override
        JsonNode speed = values.get(2);
        assertThat(speed.get("equipmentCode").asText()).isEqualTo(robot);
        assertThat(speed.get("signal").asText()).isEqualTo("speedOverride");
        assertThat(speed.get("unit").asText()).isEqualTo("%");
        assertThat(speed.get("count").asLong()).isEqualTo(30);
        assertThat(speed.get("min").asDouble()).isEqualTo(80);
        assertThat(speed.get("max").asDouble()).isEqualTo(100);
        assertThat(speed.get("mean").asDouble()).isEqualTo(90);
        assertThat(speed.get("last").asDouble()).isEqualTo(95);
        assertThat(values.get(1).get("signal").asText()).isEqualTo("power");
        assertThat(values.get(1).get("unit").asText()).isEqualTo("kW");
        assertThat(values.get(1).get("mean").asDouble()).isEqualTo(5.0);
        assertThat(values.get(0).get("equipmentCode").asText()).isEqualTo(meter);
        assertThat(values.get(0).get("mean").asDouble()).isEqualTo(6.0);
        // the next operation has not started: no process values yet
        assertThat(expect(quality.production.manager.get("/id/" + identifier), 200).json().get("operations").get(1)
                .get("processValues")).isEmpty();

        JsonNode same = expect(quality.production.manager.get("/api/quality/operations/" + operationId
                + "/process-values"), 200).json();
        assertThat(same).isEqualTo(values);
        assertThat(quality.production.manager.get("/api/quality/operations/987654321/process-values").status())
                .isEqualTo(404);
    }

    private String device(String station, String type) {
        for (JsonNode d : expect(quality.production.manager.get("/api/equipment/devices"), 200).json()) {
            if (station.equals(d.get("stationCode").asText()) && type.equals(d.get("type").asText())) {
                return d.get("code").asText();
            }
        }
        throw new AssertionError("no " + type + " on " + station);
    }

    @Test
    void theResolverAnswers404ForAnUnknownIdentifierAnd400ForAMalformedOne() {
        Api.Response unknown = quality.production.manager.get("/id/88.123.1/ZZ-F1-2026-999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).isEqualTo(
                "identifier '88.123.1/ZZ-F1-2026-999999' does not exist");
        Api.Response foreign = quality.production.manager.get("/id/77.1/ZZ-F1-2026-000001");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail").asText()).isEqualTo("identifier '77.1/ZZ-F1-2026-000001' has the "
                + "prefix 77.1, which this server does not resolve (it resolves 88.123.1)");

        Api.Response malformed = quality.production.manager.get("/id/ZZ-F1-2026-000123");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("detail").asText()).contains("must be <prefix>/<suffix>");
        assertThat(quality.production.manager.get("/id/88.x/ZZ").status()).isEqualTo(400);
        assertThat(Api.local(port).get("/id/88.123.1/ZZ-F1-2026-000001").status()).isEqualTo(401);
    }
}
