package org.zhizao.mes.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.execution.domain.OperationStatus.ABORTED;
import static org.zhizao.mes.execution.domain.OperationStatus.COMPLETED;
import static org.zhizao.mes.execution.domain.OperationStatus.DISPATCHED;
import static org.zhizao.mes.execution.domain.OperationStatus.PAUSED;
import static org.zhizao.mes.execution.domain.OperationStatus.PLANNED;
import static org.zhizao.mes.execution.domain.OperationStatus.STARTED;

import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

class OperationTransitionTest {

    private static final String OP = "PO-2026-000001-10";

    @Test
    void startingAnUndispatchedOperationIsRejected() {
        assertThat(OperationTransition.START.check(OP, PLANNED)).isEqualTo(Decision.rejected(
                "operation PO-2026-000001-10 cannot start: it is planned (only possible when dispatched)"));
    }

    @Test
    void aDispatchedOperationStarts() {
        assertThat(OperationTransition.START.check(OP, DISPATCHED).isAllowed()).isTrue();
        assertThat(OperationTransition.START.target()).isEqualTo(STARTED);
    }

    @Test
    void aDispatchedOperationMayBeDispatchedAgainToAnotherStation() {
        assertThat(OperationTransition.DISPATCH.check(OP, DISPATCHED).isAllowed()).isTrue();
    }

    @Test
    void aStartedOperationCannotBeDispatched() {
        assertThat(OperationTransition.DISPATCH.check(OP, STARTED).isAllowed()).isFalse();
    }

    @Test
    void pausingAndResumingAlternate() {
        assertThat(OperationTransition.PAUSE.check(OP, STARTED).isAllowed()).isTrue();
        assertThat(OperationTransition.RESUME.check(OP, PAUSED).isAllowed()).isTrue();
        assertThat(OperationTransition.PAUSE.check(OP, PAUSED).isAllowed()).isFalse();
        assertThat(OperationTransition.RESUME.check(OP, STARTED).isAllowed()).isFalse();
    }

    @Test
    void completingAPausedOperationIsRejected() {
        assertThat(OperationTransition.COMPLETE.check(OP, PAUSED)).isEqualTo(Decision.rejected(
                "operation PO-2026-000001-10 cannot complete: it is paused (only possible when started)"));
    }

    @Test
    void aFinishedOperationCannotBeAborted() {
        assertThat(OperationTransition.ABORT.check(OP, COMPLETED).isAllowed()).isFalse();
        assertThat(OperationTransition.ABORT.check(OP, ABORTED).isAllowed()).isFalse();
    }

    @Test
    void anyUnfinishedOperationCanBeAborted() {
        for (OperationStatus status : new OperationStatus[] {PLANNED, DISPATCHED, STARTED, PAUSED}) {
            assertThat(OperationTransition.ABORT.check(OP, status).isAllowed()).as(status.name()).isTrue();
        }
    }

    @Test
    void onlyWorkOnAStationNeedsAWorkingOrder() {
        assertThat(OperationTransition.START.needsWorkingOrder()).isTrue();
        assertThat(OperationTransition.PAUSE.needsWorkingOrder()).isFalse();
        assertThat(OperationTransition.ABORT.needsWorkingOrder()).isFalse();
    }
}
