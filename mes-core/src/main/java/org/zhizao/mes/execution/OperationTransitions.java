package org.zhizao.mes.execution;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.execution.domain.OperationTransition;
import org.zhizao.mes.execution.domain.WorkRules;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.shared.domain.NotFound;

/** Loads operations, checks a transition against the operation and its order, applies and records it. */
@Component
class OperationTransitions {

    static final String SUBJECT = "OPERATION";

    private final OperationRepository operations;
    private final OrderProgress orders;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<CompletionCheck> completionChecks;

    OperationTransitions(OperationRepository operations, OrderProgress orders, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, ObjectProvider<CompletionCheck> completionChecks) {
        this.completionChecks = completionChecks;
        this.operations = operations;
        this.orders = orders;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Operation load(long operationId) {
        return operations.findById(operationId).orElseThrow(() -> new NotFound("operation", operationId));
    }

    /**
     * Checks the state machine, for work on a station the order's state, and for completing every
     * {@link CompletionCheck}; throws 409 when rejected.
     */
    void check(Operation operation, OperationTransition transition) {
        transition.check(operation.getCode(), operation.getStatus()).orThrow();
        if (transition.needsWorkingOrder()) {
            OrderProgress.OrderSnapshot order = orders.get(operation.getOrderId());
            WorkRules.orderAcceptsWork(operation.getCode(), transition, order.number(), order.statusLabel(),
                    order.acceptsWork()).orThrow();
        }
        if (transition == OperationTransition.COMPLETE) {
            OperationView view = OperationView.of(operation);
            completionChecks.orderedStream().forEach(check -> check.check(view).orThrow());
        }
    }

    /** Applies a checked transition and writes it to the audit trail. */
    void apply(Operation operation, OperationTransition transition, String reason) {
        OperationStatus from = operation.apply(transition, now());
        audit.record(AuditRecord.transition(SUBJECT, operation.getCode(), operation.getOrderId(),
                transition.name(), from, operation.getStatus(), reason));
        publish(operation, from);
    }

    /** Tells other modules that the operation changed state. */
    void publish(Operation operation, OperationStatus from) {
        events.publishEvent(new OperationStatusChanged(operation.getId(), operation.getCode(),
                operation.getOrderId(), operation.getStationCode(), from == null ? null : from.name(),
                operation.getStatus().name()));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    void record(AuditRecord record) {
        audit.record(record);
    }

    /** Now, to the microsecond that both H2 and PostgreSQL store. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
