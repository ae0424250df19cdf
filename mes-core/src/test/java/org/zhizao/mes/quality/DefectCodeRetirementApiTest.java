package org.zhizao.mes.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/** Editing and retiring defect codes: retired codes take no new defects but stay in history and the Pareto. */
@MesTest
class DefectCodeRetirementApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    QualityFixture quality;

    @BeforeEach
    void setUp() {
        quality = new QualityFixture(port);
    }

    /** A new family with one code under it, neither used by other tests; returns the family. */
    private String freshFamily() {
        String family = "RT" + System.nanoTime() % 1_000_000 + "X" + SERIAL.incrementAndGet();
        expect(quality.production.supervisor.post("/api/quality/defect-codes", Map.of("code", family,
                "name", "Test family", "severity", "MAJOR")), 201);
        expect(quality.production.supervisor.post("/api/quality/defect-codes", Map.of("code", family + ".NICK",
                "name", "Nick", "severity", "MINOR")), 201);
        return family;
    }

    private Api.Response defect(long operationId, String code) {
        return quality.inspector.post("/api/quality/defects", Map.of("operationId", operationId, "defectCode", code));
    }

    private JsonNode code(String code) {
        for (JsonNode c : expect(quality.production.manager.get("/api/quality/defect-codes"), 200).json()) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no defect code " + code);
    }

    @Test
    void aDefectCodeIsRenamedAndRegradedAndTheChangeIsAudited() {
        String nick = freshFamily() + ".NICK";
        JsonNode edited = expect(quality.production.supervisor.put("/api/quality/defect-codes/" + nick,
                Map.of("name", "Nick on edge", "severity", "MAJOR")), 200).json();
        assertThat(edited.get("name").asText()).isEqualTo("Nick on edge");
        assertThat(edited.get("severity").asText()).isEqualTo("MAJOR");
        // the subject's trail, oldest first: DEFINE, then EDIT
        JsonNode trail = expect(quality.production.manager.get("/api/audit?subjectType=DEFECT_CODE&subjectId="
                + nick), 200).json().get("content");
        JsonNode audit = trail.get(trail.size() - 1);
        assertThat(audit.get("action").asText()).isEqualTo("EDIT");
        assertThat(audit.get("fromState").asText()).isEqualTo("MINOR");
        assertThat(audit.get("toState").asText()).isEqualTo("MAJOR");
        assertThat(audit.get("reason").asText()).isEqualTo("Nick → Nick on edge");
    }

    @Test
    void aRetiredCodeTakesNoNewDefectsButStaysInHistoryAndThePareto() {
        String nick = freshFamily() + ".NICK";
        long operationId = quality.startedOperation();
        expect(defect(operationId, nick), 201);

        JsonNode retired = expect(quality.production.supervisor.post("/api/quality/defect-codes/" + nick
                + "/retirement", Map.of("note", "merged into SURF.BURR")), 200).json();
        assertThat(retired.get("retiredAt").isNull()).isFalse();
        Api.Response refused = defect(operationId, nick);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).isEqualTo("defect code " + nick
                + " is retired and cannot be used for new defects");

        long orderId = quality.production.operation(operationId).get("orderId").asLong();
        JsonNode defects = expect(quality.production.manager.get("/api/quality/defects?orderId=" + orderId), 200)
                .json();
        assertThat(defects.toString()).contains(nick);
        assertThat(defects.toString().split(nick, -1)).hasSize(2);
        JsonNode pareto = expect(quality.production.manager.get("/api/quality/pareto?by=CODE&tier="
                + QualityFixture.WORKSHOP), 200).json();
        assertThat(pareto.get("bars").toString()).contains("\"" + nick + "\"");
        assertThat(code(nick).get("retiredAt").isNull()).isFalse();

        Api.Response twice = quality.production.supervisor.post("/api/quality/defect-codes/" + nick + "/retirement",
                Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("defect code " + nick + " was already retired");
        assertThat(quality.production.supervisor.put("/api/quality/defect-codes/" + nick, Map.of("name", "x"))
                .status()).isEqualTo(409);
    }

    @Test
    void codesUnderARetiredFamilyAreRetiredWithIt() {
        String family = freshFamily();
        expect(quality.production.supervisor.post("/api/quality/defect-codes/" + family + "/retirement", Map.of()),
                200);
        long operationId = quality.startedOperation();
        Api.Response refused = defect(operationId, family + ".NICK");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).isEqualTo("defect code " + family + ".NICK lies under the "
                + "retired family " + family + " and cannot be used for new defects");
        Api.Response child = quality.production.supervisor.post("/api/quality/defect-codes", Map.of("code",
                family + ".DENT", "name", "Dent", "severity", "MINOR"));
        assertThat(child.status()).isEqualTo(409);
        assertThat(child.json().get("detail").asText()).contains(family + ".DENT cannot be added");

        Map<String, Object> attribute = QualityFixture.visual();
        attribute.put("allowedDefectCodes", java.util.List.of(family));
        Api.Response plan = quality.production.supervisor.post("/api/quality/plans",
                QualityFixture.plan(quality.product(), 10, Map.of("kind", "ALL"), java.util.List.of(attribute)));
        assertThat(plan.status()).isEqualTo(400);
        assertThat(plan.json().get("detail").asText()).contains("defect code " + family
                + " is retired and cannot be used for new defects");
    }

    @Test
    void badDefectCodeChangesAreRefusedAndChangeNothing() {
        String nick = freshFamily() + ".NICK";
        assertThat(quality.inspector.put("/api/quality/defect-codes/" + nick, Map.of("name", "x")).status())
                .isEqualTo(403);
        assertThat(quality.inspector.post("/api/quality/defect-codes/" + nick + "/retirement", Map.of()).status())
                .isEqualTo(403);
        Api.Response unknown = quality.production.supervisor.post("/api/quality/defect-codes/NO.SUCH/retirement",
                Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).isEqualTo("defect code 'NO.SUCH' does not exist");
        assertThat(quality.production.supervisor.put("/api/quality/defect-codes/NO.SUCH", Map.of("name", "x"))
                .status()).isEqualTo(404);
        assertThat(quality.production.supervisor.put("/api/quality/defect-codes/" + nick,
                Map.of("severity", "FATAL")).status()).isEqualTo(400);
        assertThat(quality.production.supervisor.put("/api/quality/defect-codes/" + nick, Map.of("name", "")).status())
                .isEqualTo(400);
        JsonNode unchanged = code(nick);
        assertThat(unchanged.get("name").asText()).isEqualTo("Nick");
        assertThat(unchanged.get("severity").asText()).isEqualTo("MINOR");
        assertThat(unchanged.get("retiredAt").isNull()).isTrue();
    }
}
