package org.zhizao.mes.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhizao.mes.support.ProductionFixture.expect;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.shared.domain.RuleViolation;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** The rework operation other modules add to an order, e.g. for a nonconformance. */
@MesTest
class AddingReworkOperationTest {

    @LocalServerPort
    int port;

    @Autowired
    AddingReworkOperation adding;

    ProductionFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ProductionFixture(port);
    }

    @Test
    void aReworkOperationIsPlannedAfterTheLastOperationWithOneRequiredQualityCheckStep() {
        long orderId = fixture.releasedOrder();
        OperationView rework = adding.add(orderId, ProductionFixture.LATHE, 3, "Regrind seat", "NCR-1");
        assertThat(rework.seq()).isEqualTo(21);
        assertThat(rework.operationType()).isEqualTo("REWORK");
        assertThat(rework.status()).isEqualTo("PLANNED");
        assertThat(rework.plannedQuantity()).isEqualTo(3);
        assertThat(rework.steps()).singleElement().satisfies(s -> {
            assertThat(s.required()).isTrue();
            assertThat(s.qualityCheck()).isTrue();
        });
        assertThat(fixture.operations(orderId)).hasSize(3);
        // leave no extra planned work in the workshop that the scheduling tests plan
        expect(fixture.supervisor.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "test done")), 200);
    }

    @Test
    void aCancelledOrderGetsNoReworkOperation() {
        long orderId = fixture.releasedOrder();
        expect(fixture.supervisor.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "test")), 200);
        assertThatThrownBy(() -> adding.add(orderId, ProductionFixture.LATHE, 1, "Regrind", "NCR-2"))
                .isInstanceOf(RuleViolation.class).hasMessageEndingWith("it is cancelled (only possible while "
                        + "released, in progress or on hold)");
        assertThat(fixture.operations(orderId)).hasSize(2);
    }
}
