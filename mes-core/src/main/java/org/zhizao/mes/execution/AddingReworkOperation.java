package org.zhizao.mes.execution;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * Adds a REWORK operation to an unfinished order, after its last operation, e.g. when a nonconformance
 * is dispositioned as rework. It is planned like any other operation and has one required work step,
 * a quality check, that states the rework.
 */
@Service
public class AddingReworkOperation {

    public static final String REWORK = "REWORK";

    private final OperationRepository operations;
    private final OperationTransitions transitions;
    private final OrderProgress orders;

    AddingReworkOperation(OperationRepository operations, OperationTransitions transitions, OrderProgress orders) {
        this.operations = operations;
        this.transitions = transitions;
        this.orders = orders;
    }

    /**
     * @param stationCode the station to rework on, usually that of the operation that made the defect
     * @param quantity    units to rework
     */
    @Transactional
    public OperationView add(long orderId, String stationCode, int quantity, String instruction, String reason) {
        OrderProgress.OrderSnapshot order = orders.lock(orderId);
        if (!List.of("RELEASED", "IN_PROGRESS", "ON_HOLD").contains(order.status())) {
            throw new RuleViolation("order " + order.number() + " cannot get a rework operation: it is "
                    + order.statusLabel() + " (only possible while released, in progress or on hold)");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("a rework operation needs at least 1 unit, got " + quantity);
        }
        int seq = operations.findByOrderIdOrderBySeq(orderId).stream().map(Operation::getSeq)
                .max(Comparator.naturalOrder()).orElse(0) + 1;
        List<Operation.EligibleStation> stations = stationCode == null ? List.of()
                : List.of(new Operation.EligibleStation(stationCode, 0, 0));
        String description = instruction.length() > 200 ? instruction.substring(0, 200) : instruction;
        Operation operation = operations.save(new Operation(orderId, order.number(), seq, REWORK, description,
                quantity, stations, List.of(new OperationStep(1, instruction, true, true)), transitions.now()));
        transitions.record(AuditRecord.transition(OperationTransitions.SUBJECT, operation.getCode(), orderId,
                "PLAN", null, OperationStatus.PLANNED, reason));
        transitions.publish(operation, null);
        return OperationView.of(operation);
    }
}
