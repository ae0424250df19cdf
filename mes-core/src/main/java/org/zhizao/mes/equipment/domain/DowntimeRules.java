package org.zhizao.mes.equipment.domain;

import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.shared.domain.Decision;

/** Who may classify which interval with which reason. */
public final class DowntimeRules {

    private DowntimeRules() {
    }

    /**
     * Only an interval of downtime can get a reason, and only a reason of the tree; an unplanned stop gets an
     * unplanned reason, a planned stop a planned one (so classification never moves time between the ISO
     * 22400 time elements).
     */
    public static Decision classifying(long intervalId, AvailabilityState state, String reasonCode,
            String reasonCategory) {
        if (!state.isDowntime()) {
            return Decision.rejected("interval " + intervalId + " is " + state.name()
                    + ": only downtime can be classified");
        }
        if (reasonCategory == null) {
            return Decision.rejected("downtime reason '" + reasonCode + "' does not exist");
        }
        if (state == AvailabilityState.UNPLANNED_DOWN && !reasonCategory.equals("UNPLANNED")) {
            return Decision.rejected("interval " + intervalId + " is unplanned downtime: reason '" + reasonCode
                    + "' is a planned one");
        }
        if (state == AvailabilityState.PLANNED_DOWNTIME && !reasonCategory.equals("PLANNED")) {
            return Decision.rejected("interval " + intervalId + " is planned downtime: reason '" + reasonCode
                    + "' is an unplanned one");
        }
        return Decision.allowed();
    }

    /** An alarm is acknowledged once. */
    public static Decision acknowledging(long alarmId, String acknowledgedBy) {
        return acknowledgedBy == null ? Decision.allowed()
                : Decision.rejected("alarm " + alarmId + " is already acknowledged by " + acknowledgedBy);
    }
}
