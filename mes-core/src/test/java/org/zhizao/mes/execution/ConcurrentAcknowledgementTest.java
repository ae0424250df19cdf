package org.zhizao.mes.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** Two operators acknowledging the same step at the same moment: exactly one succeeds. */
@MesTest
class ConcurrentAcknowledgementTest {

    @LocalServerPort
    int port;

    @RepeatedTest(5)
    void twoConcurrentAcknowledgementsOfOneStepGiveOneSuccessAndOneConflict() throws Exception {
        ProductionFixture fixture = new ProductionFixture(port);
        long id = fixture.startedOperation();
        Api wang = fixture.operator;
        Api li = fixture.supervisor;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> answers = pool.invokeAll(List.of(
                    () -> { together.await(); return fixture.acknowledge(wang, id, 1); },
                    () -> { together.await(); return fixture.acknowledge(li, id, 1); }), 30, TimeUnit.SECONDS);
            List<Integer> statuses = answers.stream().map(f -> {
                try {
                    return f.get().status();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.operation(id).get("steps").get(0).get("acknowledgedBy").asText())
                .isIn("operator", "supervisor");
    }
}
