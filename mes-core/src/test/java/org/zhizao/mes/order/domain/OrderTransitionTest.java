package org.zhizao.mes.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhizao.mes.order.domain.OrderStatus.CANCELLED;
import static org.zhizao.mes.order.domain.OrderStatus.COMPLETED;
import static org.zhizao.mes.order.domain.OrderStatus.CREATED;
import static org.zhizao.mes.order.domain.OrderStatus.IN_PROGRESS;
import static org.zhizao.mes.order.domain.OrderStatus.ON_HOLD;
import static org.zhizao.mes.order.domain.OrderStatus.RELEASED;

import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.RuleViolation;

class OrderTransitionTest {

    private static final String NUMBER = "PO-2026-000042";

    @Test
    void aCreatedOrderCanBeReleased() {
        assertThat(OrderTransition.RELEASE.check(NUMBER, CREATED).isAllowed()).isTrue();
        assertThat(OrderTransition.RELEASE.target(null)).isEqualTo(RELEASED);
    }

    @Test
    void releasingACancelledOrderIsRejectedNamingOrderAndState() {
        Decision decision = OrderTransition.RELEASE.check(NUMBER, CANCELLED);
        assertThat(decision).isEqualTo(Decision.rejected(
                "order PO-2026-000042 cannot be released: it is cancelled (only possible when created)"));
    }

    @Test
    void releasingAnOrderTwiceIsRejected() {
        assertThatThrownBy(() -> OrderTransition.RELEASE.check(NUMBER, RELEASED).orThrow())
                .isInstanceOf(RuleViolation.class).hasMessageContaining("it is released");
    }

    @Test
    void aCreatedOrderCannotBePutOnHold() {
        assertThat(OrderTransition.HOLD.check(NUMBER, CREATED).isAllowed()).isFalse();
    }

    @Test
    void releasedAndRunningOrdersCanBePutOnHold() {
        assertThat(OrderTransition.HOLD.check(NUMBER, RELEASED).isAllowed()).isTrue();
        assertThat(OrderTransition.HOLD.check(NUMBER, IN_PROGRESS).isAllowed()).isTrue();
    }

    @Test
    void resumingReturnsToTheStateTheOrderWasHeldFrom() {
        assertThat(OrderTransition.RESUME.target(IN_PROGRESS)).isEqualTo(IN_PROGRESS);
        assertThat(OrderTransition.RESUME.target(RELEASED)).isEqualTo(RELEASED);
    }

    @Test
    void resumingAnOrderThatIsNotOnHoldIsRejected() {
        assertThat(OrderTransition.RESUME.check(NUMBER, RELEASED)).isEqualTo(Decision.rejected(
                "order PO-2026-000042 cannot be resumed: it is released (only possible when on hold)"));
    }

    @Test
    void aCompletedOrderCannotBeCancelled() {
        assertThat(OrderTransition.CANCEL.check(NUMBER, COMPLETED).isAllowed()).isFalse();
    }

    @Test
    void aCancelledOrderCannotBeCancelledAgain() {
        assertThat(OrderTransition.CANCEL.check(NUMBER, CANCELLED).isAllowed()).isFalse();
    }

    @Test
    void anOrderOnHoldCanBeCancelled() {
        assertThat(OrderTransition.CANCEL.check(NUMBER, ON_HOLD).isAllowed()).isTrue();
    }

    @Test
    void onlyAReleasedOrderGoesIntoProgress() {
        assertThat(OrderTransition.START.check(NUMBER, RELEASED).isAllowed()).isTrue();
        assertThat(OrderTransition.START.check(NUMBER, CREATED).isAllowed()).isFalse();
    }

    @Test
    void onlyReleasedOrInProgressOrdersAcceptWork() {
        assertThat(RELEASED.acceptsWork()).isTrue();
        assertThat(IN_PROGRESS.acceptsWork()).isTrue();
        assertThat(ON_HOLD.acceptsWork()).isFalse();
        assertThat(CANCELLED.acceptsWork()).isFalse();
    }

    @Test
    void releasingAnOrderWhoseProductHasNoRoutingIsRejected() {
        assertThat(ReleasePolicy.productHasRouting(NUMBER, "GBX-SHAFT-40", 0)).isEqualTo(Decision.rejected(
                "order PO-2026-000042 cannot be released: product GBX-SHAFT-40 has no routing"));
        assertThat(ReleasePolicy.productHasRouting(NUMBER, "GBX-SHAFT-40", 4).isAllowed()).isTrue();
    }

    @Test
    void orderNumbersCarryTheYearAndASixDigitSequence() {
        assertThat(OrderNumber.of(2026, 123)).isEqualTo("PO-2026-000123");
    }
}
