package org.zhizao.mes.execution.domain;

import java.util.Collection;
import org.zhizao.mes.shared.domain.Decision;

/** Rules that tie operations to their order and to reported quantities. */
public final class WorkRules {

    private WorkRules() {
    }

    /** Work is put on a station only for an order that is released or in progress. */
    public static Decision orderAcceptsWork(String operationCode, OperationTransition transition,
            String orderNumber, String orderStatusLabel, boolean orderAcceptsWork) {
        if (!transition.needsWorkingOrder() || orderAcceptsWork) {
            return Decision.allowed();
        }
        return Decision.rejected("operation " + operationCode + " cannot " + transition.verb() + ": order "
                + orderNumber + " is " + orderStatusLabel);
    }

    /** Quantities are reported while the operation runs or is paused, and at least one part is reported. */
    public static Decision reportingQuantities(String operationCode, OperationStatus status, int good, int scrap) {
        if (status != OperationStatus.STARTED && status != OperationStatus.PAUSED) {
            return Decision.rejected("operation " + operationCode + " is " + status.label()
                    + ": quantities can be reported only while it is started or paused");
        }
        if (good < 0 || scrap < 0 || good + scrap == 0) {
            return Decision.rejected("operation " + operationCode
                    + ": report at least one good or scrap part, and no negative quantities");
        }
        return Decision.allowed();
    }

    /**
     * An order is completed when every operation is finished (completed or aborted) and at least one
     * completed; an order whose operations were all aborted stays for a supervisor to cancel.
     */
    public static boolean orderIsFinished(Collection<OperationStatus> operations) {
        return operations.stream().allMatch(OperationStatus::isFinished)
                && operations.stream().anyMatch(s -> s == OperationStatus.COMPLETED);
    }
}
