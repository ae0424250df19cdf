package org.zhizao.mes.order;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.order.domain.OrderTransition;
import org.zhizao.mes.shared.domain.NotFound;

/** Applies a checked transition to an order and records it; shared by the order use cases. */
@Component
class OrderTransitions {

    static final String SUBJECT = "ORDER";

    private final ProductionOrderRepository orders;
    private final AuditTrail audit;
    private final Clock clock;

    OrderTransitions(ProductionOrderRepository orders, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /** Now, to the microsecond that both H2 and PostgreSQL store. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    ProductionOrder load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFound("order", orderId));
    }

    ProductionOrder loadForUpdate(long orderId) {
        return orders.findByIdForUpdate(orderId).orElseThrow(() -> new NotFound("order", orderId));
    }

    /** Checks the transition (throwing a 409 rule violation), applies it and writes the audit entry. */
    ProductionOrder apply(ProductionOrder order, OrderTransition transition, String reason) {
        transition.check(order.getNumber(), order.getStatus()).orThrow();
        OrderStatus from = order.apply(transition, now());
        audit.record(AuditRecord.transition(SUBJECT, order.getNumber(), order.getId(), transition.name(), from,
                order.getStatus(), reason));
        return order;
    }
}
