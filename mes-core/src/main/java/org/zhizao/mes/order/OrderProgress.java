package org.zhizao.mes.order;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.order.domain.OrderTransition;

/**
 * What the execution module tells orders and asks of them: the order's current state, and that its
 * production started or finished. Called inside the caller's transaction.
 */
@Service
public class OrderProgress {

    /**
     * An order as other modules see it.
     *
     * @param status      the state's name, e.g. {@code ON_HOLD}
     * @param statusLabel the state as a user reads it, e.g. "on hold"
     * @param acceptsWork whether operations may be dispatched, started or resumed
     */
    public record OrderSnapshot(long id, String number, long productId, String productCode, int quantity,
                                LocalDate dueDate, int priority, String status, String statusLabel,
                                boolean acceptsWork) {
    }

    private final OrderTransitions transitions;

    OrderProgress(OrderTransitions transitions) {
        this.transitions = transitions;
    }

    @Transactional(readOnly = true)
    public OrderSnapshot get(long orderId) {
        return transitions.load(orderId).snapshot();
    }

    /**
     * Locks the order row until the transaction ends, so concurrent changes of its operations that
     * may finish the order are serialised.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OrderSnapshot lock(long orderId) {
        return transitions.loadForUpdate(orderId).snapshot();
    }

    /** The first operation started: a released order goes into progress. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void operationStarted(long orderId, String operationCode) {
        ProductionOrder order = transitions.load(orderId);
        if (order.getStatus() == OrderStatus.RELEASED) {
            transitions.apply(order, OrderTransition.START, "operation " + operationCode + " started");
        }
    }

    /** Every operation finished and at least one completed: the order is completed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void operationsFinished(long orderId, String lastOperationCode) {
        ProductionOrder order = transitions.load(orderId);
        transitions.apply(order, OrderTransition.COMPLETE,
                "all operations finished, the last was " + lastOperationCode);
    }
}
