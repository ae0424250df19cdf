package org.zhizao.mes.order;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.order.domain.OrderTransition;

/** Putting an order on hold and resuming it; while on hold no operation of it is dispatched or started. */
@Service
public class HoldingOrder {

    private final OrderTransitions transitions;

    HoldingOrder(OrderTransitions transitions) {
        this.transitions = transitions;
    }

    @Transactional
    public OrderProgress.OrderSnapshot hold(long orderId, String reason) {
        return transitions.apply(transitions.loadForUpdate(orderId), OrderTransition.HOLD, reason).snapshot();
    }

    @Transactional
    public OrderProgress.OrderSnapshot resume(long orderId, String reason) {
        return transitions.apply(transitions.loadForUpdate(orderId), OrderTransition.RESUME, reason).snapshot();
    }
}
