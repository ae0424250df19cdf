package org.zhizao.mes.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.scheduling.PlanView;
import org.zhizao.mes.scheduling.PlanView.PlannedOperation;
import org.zhizao.mes.scheduling.PlanView.StationPlan;

class PlanChangesTest {

    private static final Instant T = Instant.parse("2027-01-11T06:00:00Z");

    private static PlannedOperation op(long id, long minutes) {
        return new PlannedOperation(id, "PO-1/" + id, 1, "PO-1", T.plusSeconds(60 * minutes),
                T.plusSeconds(60 * (minutes + 30)), false, 0);
    }

    private static PlanView plan(List<StationPlan> stations) {
        return plan("solve of 5 s", stations);
    }

    private static PlanView plan(String origin, List<StationPlan> stations) {
        return new PlanView(1, "P1/F1/W1", 1, "DRAFT", origin, T, T, "supervisor",
                new PlanView.Score(0, 0, 0, true), 0, 0, "", null, null, stations, List.of(), List.of());
    }

    @Test
    void anOperationOnAnotherStationOrAtAnotherStartMovedAndOneInPlaceDidNot() {
        PlanView before = plan(List.of(new StationPlan("S01", List.of(op(10, 0), op(20, 30))),
                new StationPlan("S02", List.of(op(30, 0)))));
        PlanView after = plan(List.of(new StationPlan("S01", List.of(op(10, 0))),
                new StationPlan("S02", List.of(op(30, 60), op(20, 90)))));

        assertThat(PlanChanges.between(before, after)).containsExactly(
                new PlanChanges.Move(30, "PO-1/30", "PO-1", "S02", T, "S02", T.plusSeconds(3600)),
                new PlanChanges.Move(20, "PO-1/20", "PO-1", "S01", T.plusSeconds(1800), "S02", T.plusSeconds(5400)));
    }

    @Test
    void withoutAnEarlierPlanEveryOperationIsNew() {
        PlanView after = plan(List.of(new StationPlan("S01", List.of(op(10, 0)))));
        assertThat(PlanChanges.between(null, after)).singleElement()
                .satisfies(m -> assertThat(m.fromStation()).isNull());
    }

    @Test
    void aReplansOriginNamesTheBreakdownItWasMadeFor() {
        PlanView replanned = plan("re-plan: P1/F1/W1/L2/S01 down from 2027-01-11T02:00:00Z to 2027-01-11T06:00:00Z",
                List.of());
        assertThat(PlanChanges.breakdownOf(replanned)).contains(new GanttChart.Shade("P1/F1/W1/L2/S01",
                Instant.parse("2027-01-11T02:00:00Z"), Instant.parse("2027-01-11T06:00:00Z"), true));
        assertThat(PlanChanges.breakdownOf(plan(List.of()))).isEmpty();
    }
}
