package org.zhizao.mes.order;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.order.domain.OrderTransition;

/** Cancelling an order; its unfinished operations are aborted by the execution module. */
@Service
public class CancellingOrder {

    private final OrderTransitions transitions;
    private final ApplicationEventPublisher events;

    CancellingOrder(OrderTransitions transitions, ApplicationEventPublisher events) {
        this.transitions = transitions;
        this.events = events;
    }

    @Transactional
    public OrderProgress.OrderSnapshot cancel(long orderId, String reason) {
        ProductionOrder order = transitions.apply(transitions.loadForUpdate(orderId), OrderTransition.CANCEL,
                reason);
        events.publishEvent(new OrderCancelled(order.getId(), order.getNumber(), reason));
        return order.snapshot();
    }
}
