package org.zhizao.mes.quality.inspection;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhizao.mes.execution.OperationStatusChanged;
import org.zhizao.mes.execution.QuantitiesReported;
import org.zhizao.mes.execution.WorkStepAcknowledged;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * Keeps {@link QualityOperation} in step with execution's events. Listens synchronously, inside the
 * changing transaction, so quality never sees an operation that execution has not stored, or misses one.
 */
@Component
public class OperationLedger {

    private final QualityOperationRepository operations;
    private final OrderProgress orders;
    private final Clock clock;
    private final CurrentUser user;

    OperationLedger(QualityOperationRepository operations, OrderProgress orders, Clock clock, CurrentUser user) {
        this.operations = operations;
        this.orders = orders;
        this.clock = clock;
        this.user = user;
    }

    @EventListener
    void on(OperationStatusChanged changed) {
        QualityOperation operation = operations.findById(changed.operationId()).orElseGet(() -> {
            OrderProgress.OrderSnapshot order = orders.get(changed.orderId());
            String code = changed.operationCode();
            int seq = Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
            return operations.save(new QualityOperation(changed.operationId(), code, order.id(), order.number(), seq,
                    order.productId(), order.productCode()));
        });
        operation.changed(changed.stationCode(), changed.to(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        if ("STARTED".equals(changed.to()) && !"system".equals(user.name())) {
            operation.workedBy(user.name()); // whoever starts or resumes the work is one of its operators
        }
    }

    @EventListener
    void on(QuantitiesReported reported) {
        operations.findById(reported.operationId()).ifPresent(o -> o.reported(reported.good(), reported.scrap()));
    }

    @EventListener
    void on(WorkStepAcknowledged acknowledged) {
        operations.findById(acknowledged.operationId()).ifPresent(o -> o.workedBy(acknowledged.acknowledgedBy()));
    }

    public QualityOperation get(long operationId) {
        return operations.findById(operationId).orElseThrow(() -> new NotFound("operation", operationId));
    }
}
