package org.zhizao.mes.order.domain;

import org.zhizao.mes.shared.domain.Decision;

/** An order can be released only if its product has a routing to make operations from. */
public final class ReleasePolicy {

    private ReleasePolicy() {
    }

    public static Decision productHasRouting(String orderNumber, String productCode, int routingOperations) {
        return routingOperations > 0 ? Decision.allowed()
                : Decision.rejected("order " + orderNumber + " cannot be released: product " + productCode
                + " has no routing");
    }
}
