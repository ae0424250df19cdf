package org.zhizao.mes.execution;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.execution.domain.OperationTransition;
import org.zhizao.mes.execution.domain.StepRules;
import org.zhizao.mes.execution.domain.WorkRules;
import org.zhizao.mes.order.OrderProgress;

/** Starting, pausing, resuming, completing and aborting an operation; keeps its order's state in step. */
@Service
public class RunningOperation {

    private final OperationTransitions transitions;
    private final OperationRepository operations;
    private final OrderProgress orders;

    RunningOperation(OperationTransitions transitions, OperationRepository operations, OrderProgress orders) {
        this.transitions = transitions;
        this.operations = operations;
        this.orders = orders;
    }

    /** Starts a dispatched operation; the first start puts a released order in progress. */
    @Transactional
    public OperationView start(long operationId, String reason) {
        // order row first, as cancelling does, so a start racing a cancel waits instead of deadlocking
        orders.lock(transitions.load(operationId).getOrderId());
        Operation operation = change(operationId, OperationTransition.START, reason);
        orders.operationStarted(operation.getOrderId(), operation.getCode());
        return OperationView.of(operation);
    }

    @Transactional
    public OperationView pause(long operationId, String reason) {
        return OperationView.of(change(operationId, OperationTransition.PAUSE, reason));
    }

    @Transactional
    public OperationView resume(long operationId, String reason) {
        return OperationView.of(change(operationId, OperationTransition.RESUME, reason));
    }

    /** Completes a started operation whose required steps are all acknowledged. */
    @Transactional
    public OperationView complete(long operationId, String reason) {
        return finish(operationId, OperationTransition.COMPLETE, reason);
    }

    @Transactional
    public OperationView abort(long operationId, String reason) {
        return finish(operationId, OperationTransition.ABORT, reason);
    }

    private Operation change(long operationId, OperationTransition transition, String reason) {
        Operation operation = transitions.load(operationId);
        transitions.check(operation, transition);
        transitions.apply(operation, transition, reason);
        return operation;
    }

    private OperationView finish(long operationId, OperationTransition transition, String reason) {
        Operation operation = transitions.load(operationId);
        // the order row lock serialises the last two operations of an order finishing at once
        orders.lock(operation.getOrderId());
        transitions.check(operation, transition);
        if (transition == OperationTransition.COMPLETE) {
            StepRules.everyRequiredStepAcknowledged(operation.getCode(), operation.stepStates()).orThrow();
        }
        transitions.apply(operation, transition, reason);
        operations.flush();
        List<OperationStatus> statuses = operations.findByOrderIdOrderBySeq(operation.getOrderId()).stream()
                .map(Operation::getStatus).toList();
        if (WorkRules.orderIsFinished(statuses)) {
            orders.operationsFinished(operation.getOrderId(), operation.getCode());
        }
        return OperationView.of(operation);
    }
}
