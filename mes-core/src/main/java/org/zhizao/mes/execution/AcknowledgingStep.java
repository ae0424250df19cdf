package org.zhizao.mes.execution;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.execution.domain.StepRules;
import org.zhizao.mes.shared.domain.NotFound;

/** An operator acknowledging a work step of a started operation. */
@Service
public class AcknowledgingStep {

    static final String SUBJECT = "WORK_STEP";

    private final OperationTransitions transitions;

    AcknowledgingStep(OperationTransitions transitions) {
        this.transitions = transitions;
    }

    /**
     * Acknowledges step {@code seq} (counting from 1). Of two concurrent acknowledgements of one
     * operation, one fails with an optimistic locking failure (409).
     */
    @Transactional
    public OperationView acknowledge(long operationId, int seq, String note) {
        Operation operation = transitions.load(operationId);
        OperationStep step = operation.step(seq)
                .orElseThrow(() -> new NotFound("step of operation " + operation.getCode(), seq));
        StepRules.acknowledging(operation.getCode(), operation.getStatus(), operation.stepStates(), step.state())
                .orThrow();
        String actor = actor();
        operation.acknowledge(step, actor, note, transitions.now());
        transitions.record(new AuditRecord(SUBJECT, operation.getCode() + "/" + seq, operation.getOrderId(),
                "ACKNOWLEDGE", "OPEN", "ACKNOWLEDGED", note == null ? step.getInstruction()
                : step.getInstruction() + ": " + note));
        transitions.publish(new WorkStepAcknowledged(operation.getId(), operation.getCode(), operation.getOrderId(),
                seq, step.isQualityCheck(), actor));
        return OperationView.of(operation);
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditTrail.SYSTEM : authentication.getName();
    }
}
