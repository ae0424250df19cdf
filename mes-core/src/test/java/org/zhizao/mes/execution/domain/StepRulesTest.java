package org.zhizao.mes.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.execution.domain.StepFixture.done;
import static org.zhizao.mes.execution.domain.StepFixture.open;
import static org.zhizao.mes.execution.domain.StepFixture.optional;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

class StepRulesTest {

    private static final String OP = "PO-2026-000001-10";

    @Test
    void theFirstStepOfAStartedOperationCanBeAcknowledged() {
        List<StepState> steps = StepFixture.turning();
        assertThat(StepRules.acknowledging(OP, OperationStatus.STARTED, steps, steps.get(0)).isAllowed()).isTrue();
    }

    @Test
    void acknowledgingOutOfOrderIsRejectedNamingTheOpenStep() {
        List<StepState> steps = StepFixture.turning();
        assertThat(StepRules.acknowledging(OP, OperationStatus.STARTED, steps, steps.get(2))).isEqualTo(
                Decision.rejected("operation PO-2026-000001-10: step 3 'verify first piece' cannot be acknowledged"
                        + " before step 1 'clamp bar stock'"));
    }

    @Test
    void anOptionalStepMayBeSkipped() {
        List<StepState> steps = List.of(done(1, "clamp bar stock"), optional(2, "dress wheel"),
                open(3, "verify first piece"));
        assertThat(StepRules.acknowledging(OP, OperationStatus.STARTED, steps, steps.get(2)).isAllowed()).isTrue();
    }

    @Test
    void acknowledgingAStepTwiceIsRejected() {
        List<StepState> steps = List.of(done(1, "clamp bar stock"), open(2, "verify first piece"));
        assertThat(StepRules.acknowledging(OP, OperationStatus.STARTED, steps, steps.get(0))).isEqualTo(
                Decision.rejected("operation PO-2026-000001-10: step 1 'clamp bar stock' is already acknowledged"));
    }

    @Test
    void acknowledgingAStepOfAPausedOperationIsRejected() {
        List<StepState> steps = StepFixture.turning();
        assertThat(StepRules.acknowledging(OP, OperationStatus.PAUSED, steps, steps.get(0))).isEqualTo(
                Decision.rejected("operation PO-2026-000001-10 is paused: step 1 'clamp bar stock' can be"
                        + " acknowledged only while the operation is started"));
    }

    @Test
    void acknowledgingAStepOfAnOperationNotYetStartedIsRejected() {
        List<StepState> steps = StepFixture.turning();
        assertThat(StepRules.acknowledging(OP, OperationStatus.DISPATCHED, steps, steps.get(0)).isAllowed())
                .isFalse();
    }

    @Test
    void completingAnOperationWithARequiredStepOpenIsRejected() {
        List<StepState> steps = List.of(done(1, "clamp bar stock"), optional(2, "dress wheel"),
                open(3, "verify first piece"));
        assertThat(StepRules.everyRequiredStepAcknowledged("OP-12", steps)).isEqualTo(Decision.rejected(
                "operation OP-12 cannot complete: step 3 'verify first piece' is not acknowledged"));
    }

    @Test
    void anOpenOptionalStepDoesNotBlockCompletion() {
        List<StepState> steps = List.of(done(1, "clamp bar stock"), optional(2, "dress wheel"),
                done(3, "verify first piece"));
        assertThat(StepRules.everyRequiredStepAcknowledged(OP, steps).isAllowed()).isTrue();
    }

    @Test
    void anOperationWithoutStepsCanComplete() {
        assertThat(StepRules.everyRequiredStepAcknowledged(OP, List.of()).isAllowed()).isTrue();
    }
}
