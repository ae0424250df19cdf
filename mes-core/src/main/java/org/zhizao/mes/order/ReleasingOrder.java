package org.zhizao.mes.order;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.order.domain.OrderTransition;
import org.zhizao.mes.order.domain.ReleasePolicy;
import org.zhizao.mes.product.ProductCatalog;

/** Releasing an order to production: its operations are planned from the product's routing. */
@Service
public class ReleasingOrder {

    private final OrderTransitions transitions;
    private final ProductCatalog products;
    private final ApplicationEventPublisher events;

    ReleasingOrder(OrderTransitions transitions, ProductCatalog products, ApplicationEventPublisher events) {
        this.transitions = transitions;
        this.products = products;
        this.events = events;
    }

    @Transactional
    public OrderProgress.OrderSnapshot release(long orderId, String reason) {
        ProductionOrder order = transitions.load(orderId);
        OrderTransition.RELEASE.check(order.getNumber(), order.getStatus()).orThrow();
        ReleasePolicy.productHasRouting(order.getNumber(), order.getProductCode(),
                products.routing(order.getProductId()).size()).orThrow();
        transitions.apply(order, OrderTransition.RELEASE, reason);
        events.publishEvent(new OrderReleased(order.getId(), order.getNumber(), order.getProductId(),
                order.getQuantity()));
        return order.snapshot();
    }
}
