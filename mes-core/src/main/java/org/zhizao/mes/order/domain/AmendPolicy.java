package org.zhizao.mes.order.domain;

import org.zhizao.mes.shared.domain.Decision;

/**
 * An order's product, quantity, due date, priority and customer may change only while it is created:
 * once released, its operations are planned from those values.
 */
public final class AmendPolicy {

    private AmendPolicy() {
    }

    public static Decision onlyCreatedOrders(String orderNumber, OrderStatus current) {
        return current == OrderStatus.CREATED ? Decision.allowed()
                : Decision.rejected("order " + orderNumber + " cannot be changed: it is " + current.label()
                + " (only possible when created)");
    }
}
