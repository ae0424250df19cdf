package org.zhizao.mes.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.execution.domain.OperationStatus.ABORTED;
import static org.zhizao.mes.execution.domain.OperationStatus.COMPLETED;
import static org.zhizao.mes.execution.domain.OperationStatus.STARTED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

class WorkRulesTest {

    private static final String OP = "PO-2026-000001-10";

    @Test
    void startingAnOperationOfAnOrderOnHoldIsRejected() {
        assertThat(WorkRules.orderAcceptsWork(OP, OperationTransition.START, "PO-2026-000001", "on hold", false))
                .isEqualTo(Decision.rejected(
                        "operation PO-2026-000001-10 cannot start: order PO-2026-000001 is on hold"));
    }

    @Test
    void pausingAnOperationOfAnOrderOnHoldIsAllowed() {
        assertThat(WorkRules.orderAcceptsWork(OP, OperationTransition.PAUSE, "PO-2026-000001", "on hold", false)
                .isAllowed()).isTrue();
    }

    @Test
    void reportingQuantitiesOfAPlannedOperationIsRejected() {
        assertThat(WorkRules.reportingQuantities(OP, OperationStatus.PLANNED, 5, 0).isAllowed()).isFalse();
    }

    @Test
    void reportingQuantitiesOfAPausedOperationIsAllowed() {
        assertThat(WorkRules.reportingQuantities(OP, OperationStatus.PAUSED, 5, 1).isAllowed()).isTrue();
    }

    @Test
    void reportingNothingIsRejected() {
        assertThat(WorkRules.reportingQuantities(OP, STARTED, 0, 0).isAllowed()).isFalse();
        assertThat(WorkRules.reportingQuantities(OP, STARTED, -1, 3).isAllowed()).isFalse();
    }

    @Test
    void anOrderIsFinishedWhenEveryOperationIsCompletedOrAborted() {
        assertThat(WorkRules.orderIsFinished(List.of(COMPLETED, ABORTED, COMPLETED))).isTrue();
        assertThat(WorkRules.orderIsFinished(List.of(COMPLETED, STARTED))).isFalse();
    }

    @Test
    void anOrderWhoseOperationsWereAllAbortedIsNotCompleted() {
        assertThat(WorkRules.orderIsFinished(List.of(ABORTED, ABORTED))).isFalse();
    }

    @Test
    void dispatchingToAStationTheRoutingDoesNotNameIsRejected() {
        assertThat(DispatchRules.stationIsEligible(OP, "P1/F1/W1/L2/S01", List.of("P1/F1/W1/L1/S01")))
                .isEqualTo(Decision.rejected("operation PO-2026-000001-10 cannot be dispatched to P1/F1/W1/L2/S01:"
                        + " not an eligible station (eligible: P1/F1/W1/L1/S01)"));
    }

    @Test
    void dispatchingToAStationThatCannotPerformTheOperationIsRejected() {
        assertThat(DispatchRules.stationCanPerform(OP, "TURNING", "P1/F1/W1/L1/S02", Set.of("MILLING", "DRILLING"))
                .isAllowed()).isFalse();
        assertThat(DispatchRules.stationCanPerform(OP, "TURNING", "P1/F1/W1/L1/S01", Set.of("TURNING"))
                .isAllowed()).isTrue();
    }
}
