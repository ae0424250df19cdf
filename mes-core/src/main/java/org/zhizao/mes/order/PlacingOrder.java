package org.zhizao.mes.order;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.order.domain.OrderNumber;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.RuleViolation;

/** Placing a new production order in state Created. */
@Service
public class PlacingOrder {

    private final ProductionOrderRepository orders;
    private final ProductCatalog products;
    private final AuditTrail audit;
    private final Clock clock;

    PlacingOrder(ProductionOrderRepository orders, ProductCatalog products, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.products = products;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Places an order.
     *
     * @param priority 1 (most urgent) to 5 (least urgent)
     * @return the new order
     * @throws InvalidInput if the product does not exist
     */
    @Transactional
    public OrderProgress.OrderSnapshot place(String productCode, int quantity, LocalDate dueDate, int priority,
            String customerReference, String reason) {
        return place(null, productCode, quantity, dueDate, priority, customerReference, reason);
    }

    /**
     * Places an order under a number given by the sales or ERP system, or under an assigned
     * {@code PO-} number when {@code givenNumber} is null.
     *
     * @throws RuleViolation if the given number is not valid or another order has it already
     */
    @Transactional
    public OrderProgress.OrderSnapshot place(String givenNumber, String productCode, int quantity,
            LocalDate dueDate, int priority, String customerReference, String reason) {
        if (givenNumber != null) {
            OrderNumber.checkGiven(givenNumber).orThrow();
            if (orders.existsByNumber(givenNumber)) {
                throw new RuleViolation("order number '" + givenNumber + "' exists already");
            }
        }
        ProductCatalog.ProductSummary product = products.findByCode(productCode)
                .orElseThrow(() -> new InvalidInput("productCode: product '" + productCode + "' does not exist"));
        ProductionOrder order = orders.saveAndFlush(new ProductionOrder(product.id(), product.code(), quantity,
                dueDate, priority, customerReference, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        order.assignNumber(givenNumber != null ? givenNumber
                : OrderNumber.of(clock.instant().atZone(ZoneOffset.UTC).getYear(), order.getId()));
        audit.record(AuditRecord.transition(OrderTransitions.SUBJECT, order.getNumber(), order.getId(), "CREATE",
                null, OrderStatus.CREATED, reason));
        return order.snapshot();
    }
}
