package org.zhizao.mes.order.domain;

import static org.zhizao.mes.order.domain.OrderStatus.CANCELLED;
import static org.zhizao.mes.order.domain.OrderStatus.COMPLETED;
import static org.zhizao.mes.order.domain.OrderStatus.CREATED;
import static org.zhizao.mes.order.domain.OrderStatus.IN_PROGRESS;
import static org.zhizao.mes.order.domain.OrderStatus.ON_HOLD;
import static org.zhizao.mes.order.domain.OrderStatus.RELEASED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhizao.mes.shared.domain.Decision;

/**
 * The order state machine: each transition names the states it may leave. Resuming returns to the
 * state the order was held from, so it has no fixed target.
 */
public enum OrderTransition {
    RELEASE("be released", EnumSet.of(CREATED), RELEASED),
    HOLD("be put on hold", EnumSet.of(RELEASED, IN_PROGRESS), ON_HOLD),
    RESUME("be resumed", EnumSet.of(ON_HOLD), null),
    CANCEL("be cancelled", EnumSet.of(CREATED, RELEASED, IN_PROGRESS, ON_HOLD), CANCELLED),
    START("start production", EnumSet.of(RELEASED), IN_PROGRESS),
    COMPLETE("complete", EnumSet.of(IN_PROGRESS, ON_HOLD), COMPLETED);

    private final String verb;
    private final Set<OrderStatus> from;
    private final OrderStatus to;

    OrderTransition(String verb, Set<OrderStatus> from, OrderStatus to) {
        this.verb = verb;
        this.from = from;
        this.to = to;
    }

    /** Allowed if the order is in one of the states this transition leaves. */
    public Decision check(String orderNumber, OrderStatus current) {
        if (from.contains(current)) {
            return Decision.allowed();
        }
        return Decision.rejected("order " + orderNumber + " cannot " + verb + ": it is " + current.label()
                + " (only possible when " + from.stream().map(OrderStatus::label)
                .collect(Collectors.joining(" or ")) + ")");
    }

    /** The target state; for {@link #RESUME} the state the order was held from. */
    public OrderStatus target(OrderStatus heldFrom) {
        return this == RESUME ? heldFrom : to;
    }
}
