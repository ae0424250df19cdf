package org.zhizao.mes.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

/** Numbers given to orders by the sales or ERP system, and the changes allowed to an order's values. */
class GivenOrderNumberTest {

    @Test
    void anErpNumberMayBeGiven() {
        assertThat(OrderNumber.checkGiven("SO-88001").isAllowed()).isTrue();
        assertThat(OrderNumber.checkGiven("4500012345/10").isAllowed()).isTrue();
    }

    @Test
    void aNumberInTheAssignedFormIsReservedSoItCannotCollideWithALaterAssignedOne() {
        assertThat(OrderNumber.checkGiven("PO-2026-000007")).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.reason()).contains("reserved"));
        assertThat(OrderNumber.checkGiven("po-1").isAllowed()).isFalse();
    }

    @Test
    void aNumberWithBlanksOrTooLongIsRejected() {
        assertThat(OrderNumber.checkGiven("SO 1").isAllowed()).isFalse();
        assertThat(OrderNumber.checkGiven("-SO1").isAllowed()).isFalse();
        assertThat(OrderNumber.checkGiven("S".repeat(OrderNumber.MAX_LENGTH + 1)).isAllowed()).isFalse();
        assertThat(OrderNumber.checkGiven("S".repeat(OrderNumber.MAX_LENGTH)).isAllowed()).isTrue();
    }

    @Test
    void onlyACreatedOrderMayBeChanged() {
        assertThat(AmendPolicy.onlyCreatedOrders("SO-1", OrderStatus.CREATED).isAllowed()).isTrue();
        for (OrderStatus s : new OrderStatus[] {OrderStatus.RELEASED, OrderStatus.IN_PROGRESS, OrderStatus.ON_HOLD,
            OrderStatus.COMPLETED, OrderStatus.CANCELLED}) {
            assertThat(AmendPolicy.onlyCreatedOrders("SO-1", s)).isInstanceOfSatisfying(Decision.Rejected.class,
                    r -> assertThat(r.reason()).isEqualTo("order SO-1 cannot be changed: it is " + s.label()
                            + " (only possible when created)"));
        }
    }
}
