package org.zhizao.mes.execution;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.execution.domain.OperationTransition;
import org.zhizao.mes.order.OrderCancelled;
import org.zhizao.mes.order.OrderReleased;
import org.zhizao.mes.product.ProductCatalog;

/**
 * Plans an order's operations from its product's routing when the order is released, and aborts the
 * unfinished ones when it is cancelled. Listens synchronously, inside the order's transaction, so an
 * order is never released without its operations.
 */
@Component
class PlanningOperations {

    private final OperationRepository operations;
    private final OperationTransitions transitions;
    private final ProductCatalog products;

    PlanningOperations(OperationRepository operations, OperationTransitions transitions, ProductCatalog products) {
        this.operations = operations;
        this.transitions = transitions;
        this.products = products;
    }

    @EventListener
    void on(OrderReleased released) {
        for (ProductCatalog.RoutedOperation routed : products.routing(released.productId())) {
            List<Operation.EligibleStation> stations = routed.stations().stream()
                    .map(s -> new Operation.EligibleStation(s.stationCode(), s.setupMinutes(), s.minutesPerUnit()))
                    .toList();
            List<OperationStep> steps = routed.steps().stream()
                    .map(s -> new OperationStep(s.seq(), s.instruction(), s.required(), s.qualityCheck())).toList();
            Operation operation = operations.save(new Operation(released.orderId(), released.orderNumber(),
                    routed.seq(), routed.operationType(), routed.description(), released.quantity(), stations, steps,
                    transitions.now()));
            transitions.record(AuditRecord.transition(OperationTransitions.SUBJECT, operation.getCode(),
                    released.orderId(), "PLAN", null, OperationStatus.PLANNED,
                    routed.operationType() + " with " + steps.size() + " steps"));
            transitions.publish(operation, null);
        }
    }

    @EventListener
    void on(OrderCancelled cancelled) {
        for (Operation operation : operations.findByOrderIdOrderBySeq(cancelled.orderId())) {
            if (!operation.getStatus().isFinished()) {
                transitions.apply(operation, OperationTransition.ABORT,
                        "order " + cancelled.orderNumber() + " cancelled"
                                + (cancelled.reason() == null ? "" : ": " + cancelled.reason()));
            }
        }
    }
}
