package org.zhizao.mes.order;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.order.domain.AmendPolicy;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.shared.domain.InvalidInput;

/** Changing a created order's product, quantity, due date, priority or customer before it is released. */
@Service
public class AmendingOrder {

    private final OrderTransitions transitions;
    private final ProductCatalog products;
    private final AuditTrail audit;

    AmendingOrder(OrderTransitions transitions, ProductCatalog products, AuditTrail audit) {
        this.transitions = transitions;
        this.products = products;
        this.audit = audit;
    }

    @Transactional
    public OrderProgress.OrderSnapshot amend(long orderId, String productCode, int quantity, LocalDate dueDate,
            int priority, String customerReference, String reason) {
        ProductionOrder order = transitions.loadForUpdate(orderId);
        AmendPolicy.onlyCreatedOrders(order.getNumber(), order.getStatus()).orThrow();
        ProductCatalog.ProductSummary product = products.findByCode(productCode)
                .orElseThrow(() -> new InvalidInput("productCode: product '" + productCode + "' does not exist"));
        order.amend(product.id(), product.code(), quantity, dueDate, priority, customerReference);
        audit.record(AuditRecord.transition(OrderTransitions.SUBJECT, order.getNumber(), order.getId(), "AMEND",
                order.getStatus(), order.getStatus(), reason));
        return order.snapshot();
    }
}
