package org.zhizao.mes.execution.domain;

import java.util.List;
import java.util.Optional;
import org.zhizao.mes.shared.domain.Decision;

/** The rules of work-step acknowledgement and of completing an operation that has steps. */
public final class StepRules {

    private StepRules() {
    }

    /**
     * A step is acknowledged once, while its operation is started, and only after every required step
     * before it; optional steps may be skipped.
     */
    public static Decision acknowledging(String operationCode, OperationStatus status, List<StepState> steps,
            StepState step) {
        if (status != OperationStatus.STARTED) {
            return Decision.rejected("operation " + operationCode + " is " + status.label() + ": "
                    + step.describe() + " can be acknowledged only while the operation is started");
        }
        if (step.acknowledged()) {
            return Decision.rejected("operation " + operationCode + ": " + step.describe()
                    + " is already acknowledged");
        }
        Optional<StepState> open = firstOpenRequired(steps.stream().filter(s -> s.seq() < step.seq()).toList());
        return open.<Decision>map(earlier -> Decision.rejected("operation " + operationCode + ": "
                + step.describe() + " cannot be acknowledged before " + earlier.describe()))
                .orElse(Decision.allowed());
    }

    /** An operation cannot complete while a required step is open. */
    public static Decision everyRequiredStepAcknowledged(String operationCode, List<StepState> steps) {
        return firstOpenRequired(steps).<Decision>map(open -> Decision.rejected("operation " + operationCode
                + " cannot complete: " + open.describe() + " is not acknowledged")).orElse(Decision.allowed());
    }

    private static Optional<StepState> firstOpenRequired(List<StepState> steps) {
        return steps.stream().filter(s -> s.required() && !s.acknowledged()).findFirst();
    }
}
