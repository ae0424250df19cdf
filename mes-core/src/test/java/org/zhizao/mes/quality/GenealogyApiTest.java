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
import org.zhizao.mes.support.ProductionFixture;

/** Unit identifiers, backward and forward trace, and the resolver's as-built record. */
@MesTest
class GenealogyApiTest {

    @LocalServerPort
    int port;

    QualityFixture quality;

    @BeforeEach
    void setUp() {
        quality = new QualityFixture(port);
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
