package org.zhizao.mes.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which planned operations count as late work for the twin's late-orders overlay. */
class LateWorkTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private static PlanView.OrderLateness order(Instant due, long latenessMinutes) {
        return new PlanView.OrderLateness(1, "PO-1", 1, due, due.plusSeconds(latenessMinutes * 60), latenessMinutes);
    }

    private static PlanView.PlannedOperation endingAt(Instant end) {
        return new PlanView.PlannedOperation(7, "PO-1/10", 1, "PO-1", end.minusSeconds(3600), end, false, 0);
    }

    @Test
    void anOperationOfAnOrderThePlanCompletesAfterItsDueDateIsLate() {
        assertThat(LateWork.late(order(NOW.plusSeconds(86_400), 90), endingAt(NOW.plusSeconds(3600)), NOW)).isTrue();
    }

    @Test
    void anOperationOfAnOrderAlreadyPastDueIsLateWhileItIsStillToEnd() {
        assertThat(LateWork.late(order(NOW.minusSeconds(60), 0), endingAt(NOW.plusSeconds(600)), NOW)).isTrue();
        // the plan may be older than the due date: an operation it ended before now is not late work any more
        assertThat(LateWork.late(order(NOW.minusSeconds(60), 0), endingAt(NOW.minusSeconds(600)), NOW)).isFalse();
    }

    @Test
    void anOperationOfAnOrderOnTimeIsNotLate() {
        assertThat(LateWork.late(order(NOW.plusSeconds(86_400), 0), endingAt(NOW.plusSeconds(3600)), NOW)).isFalse();
    }
}
