package org.zhizao.mes.execution.domain;

import java.util.List;

/** Work steps as a turning operation has them: two required, one optional, one quality check. */
final class StepFixture {

    private StepFixture() {
    }

    static StepState open(int seq, String instruction) {
        return new StepState(seq, instruction, true, false);
    }

    static StepState done(int seq, String instruction) {
        return new StepState(seq, instruction, true, true);
    }

    static StepState optional(int seq, String instruction) {
        return new StepState(seq, instruction, false, false);
    }

    /** Clamp (required), dress wheel (optional), verify first piece (required), all open. */
    static List<StepState> turning() {
        return List.of(open(1, "clamp bar stock"), optional(2, "dress wheel"), open(3, "verify first piece"));
    }
}
