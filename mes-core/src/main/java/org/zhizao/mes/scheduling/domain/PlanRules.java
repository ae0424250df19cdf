package org.zhizao.mes.scheduling.domain;

import org.zhizao.mes.shared.domain.Decision;

/** The rules of planning a workshop, as decisions a supervisor can read. */
public final class PlanRules {

    /** The longest solve the server runs; a supervisor waits for it. */
    public static final int MAX_SECONDS = 600;

    private PlanRules() {
    }

    /** Whether a time limit in seconds is acceptable: 1 to {@link #MAX_SECONDS}. */
    public static boolean acceptableSeconds(Integer seconds) {
        return seconds != null && seconds >= 1 && seconds <= MAX_SECONDS;
    }

    /** Only the workshop's latest plan is dispatched, and only once. */
    public static Decision dispatching(String plan, PlanStatus status, boolean latest) {
        if (status == PlanStatus.DISPATCHED) {
            return Decision.rejected("plan " + plan + " is already dispatched");
        }
        if (!latest) {
            return Decision.rejected("plan " + plan + " cannot be dispatched: a newer plan of the workshop exists");
        }
        return Decision.allowed();
    }

    /** An operation is frozen where the latest plan put it, so it must be in that plan and unfinished. */
    public static Decision freezing(String operationCode, String status, boolean inLatestPlan) {
        if (!inLatestPlan) {
            return Decision.rejected("operation " + operationCode
                    + " cannot be frozen: it is not in the latest plan of its workshop");
        }
        if ("COMPLETED".equals(status) || "ABORTED".equals(status)) {
            return Decision.rejected("operation " + operationCode + " cannot be frozen: it is "
                    + status.toLowerCase());
        }
        return Decision.allowed();
    }

    /** A second solve of a workshop would overwrite the first one's plan. */
    public static Decision startingSolve(String workshopCode, boolean alreadyRunning) {
        return alreadyRunning
                ? Decision.rejected("a solve for workshop " + workshopCode + " is already running")
                : Decision.allowed();
    }
}
