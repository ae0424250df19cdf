package org.zhizao.mes.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

class PlanRulesTest {

    @Test
    void aTimeLimitRunsFromOneSecondToTenMinutes() {
        assertThat(PlanRules.acceptableSeconds(1)).isTrue();
        assertThat(PlanRules.acceptableSeconds(600)).isTrue();
        assertThat(PlanRules.acceptableSeconds(0)).isFalse();
        assertThat(PlanRules.acceptableSeconds(-5)).isFalse();
        assertThat(PlanRules.acceptableSeconds(601)).isFalse();
        assertThat(PlanRules.acceptableSeconds(null)).isFalse();
    }

    @Test
    void onlyTheLatestDraftIsDispatched() {
        assertThat(PlanRules.dispatching("P1/F1/W1 v2", PlanStatus.DRAFT, true).isAllowed()).isTrue();
        assertThat(PlanRules.dispatching("P1/F1/W1 v2", PlanStatus.DISPATCHED, true))
                .isEqualTo(Decision.rejected("plan P1/F1/W1 v2 is already dispatched"));
        assertThat(PlanRules.dispatching("P1/F1/W1 v1", PlanStatus.DRAFT, false))
                .isEqualTo(Decision.rejected("plan P1/F1/W1 v1 cannot be dispatched: a newer plan of the workshop exists"));
    }

    @Test
    void anOperationIsFrozenOnlyWhileItIsInTheLatestPlanAndUnfinished() {
        assertThat(PlanRules.freezing("PO-2027-000001-10", "PLANNED", true).isAllowed()).isTrue();
        assertThat(PlanRules.freezing("PO-2027-000001-10", "PLANNED", false))
                .isEqualTo(Decision.rejected("operation PO-2027-000001-10 cannot be frozen: it is not in the latest plan"
                        + " of its workshop"));
        assertThat(PlanRules.freezing("PO-2027-000001-10", "COMPLETED", true))
                .isEqualTo(Decision.rejected("operation PO-2027-000001-10 cannot be frozen: it is completed"));
    }

    @Test
    void aSecondSolveOfAWorkshopIsRejectedWhileOneRuns() {
        assertThat(PlanRules.startingSolve("P1/F1/W1", false).isAllowed()).isTrue();
        assertThat(PlanRules.startingSolve("P1/F1/W1", true))
                .isEqualTo(Decision.rejected("a solve for workshop P1/F1/W1 is already running"));
    }
}
