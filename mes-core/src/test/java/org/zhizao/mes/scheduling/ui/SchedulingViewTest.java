package org.zhizao.mes.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.scheduling.PlanView;
import org.zhizao.mes.support.ViewTest;

class SchedulingViewTest extends ViewTest {

    private SchedulingView openAs(String user, String role) {
        signIn(user, role);
        navigate("scheduling");
        return SchedulingScreen.view();
    }

    @Test
    void aSupervisorRunsAShortSolveAndSeesTheReleasedOrdersBarsAndLateness() {
        OrderProgress.OrderSnapshot order = SchedulingScreen.releasedOrder(context, "GANTT-1");
        SchedulingView view = openAs("supervisor", "SUPERVISOR");
        assertThat(view.workshop.getValue()).isEqualTo(SchedulingScreen.WORKSHOP);

        SchedulingScreen.solve(2);

        assertThat(view.solving.progressText.getElement().getAttribute("data-state")).isEqualTo("FINISHED");
        assertThat(view.solving.progressText.getText()).contains("finished").contains("hard/");
        assertThat(view.planLabel.getText()).startsWith("Plan P1/F1/W1 v");
        assertThat(view.planStatus.getText()).isEqualTo("Draft");
        assertThat(IntStream.range(0, GridKt._size(view.grids.orders))
                .mapToObj(i -> GridKt._get(view.grids.orders, i).orderNumber())).contains(order.number());
        assertThat(GridKt._size(view.grids.costs)).isPositive();
        assertThat(SchedulingScreen.chart(view)).contains("data-row=\"P1/F1/W1/L1/S01\"");
        assertThat(SchedulingScreen.findBar(view, order.number())).as("a bar of " + order.number()).isTrue();
    }

    @Test
    void aSupervisorStopsALongSolveEarlyAndGetsTheBestPlanSoFar() {
        SchedulingScreen.releasedOrder(context, "GANTT-STOP");
        SchedulingView view = openAs("supervisor", "SUPERVISOR");
        view.solving.seconds.setValue(120);
        _click(view.solving.solve);
        SchedulingScreen.awaitState(view, "RUNNING"::equals, Duration.ofSeconds(10));
        assertThat(view.solving.stop.isEnabled()).isTrue();
        assertThat(view.solving.solve.isEnabled()).isFalse();

        _click(view.solving.stop);
        SchedulingScreen.awaitState(view, s -> !s.equals("RUNNING"), Duration.ofSeconds(30));

        assertThat(view.solving.progressText.getElement().getAttribute("data-state")).isEqualTo("STOPPED");
        assertThat(view.solving.progressBar.getValue()).isLessThan(0.5);
        assertThat(view.planLabel.getText()).startsWith("Plan P1/F1/W1 v");
    }

    @Test
    void aSupervisorFreezesAnOperationFromTheGridAndUnfreezesItFromItsBar() {
        SchedulingScreen.releasedOrder(context, "GANTT-FREEZE");
        SchedulingView view = openAs("supervisor", "SUPERVISOR");
        SchedulingScreen.solve(1);
        PlanGrids.Row row = IntStream.range(0, GridKt._size(view.grids.operations))
                .mapToObj(i -> GridKt._get(view.grids.operations, i)).filter(r -> !r.frozen()).findFirst()
                .orElseThrow();

        view.grids.operations.select(row);
        _click(view.grids.freeze);

        PlanGrids.Row frozen = IntStream.range(0, GridKt._size(view.grids.operations))
                .mapToObj(i -> GridKt._get(view.grids.operations, i))
                .filter(r -> r.operationId() == row.operationId()).findFirst().orElseThrow();
        assertThat(frozen.frozen()).isTrue();
        assertThat(view.grids.unfreeze.isEnabled()).isTrue();

        JsonObject click = Json.createObject();
        click.put(GanttPanel.CLICKED, String.valueOf(row.operationId()));
        var svg = _get(com.vaadin.flow.component.Svg.class, spec -> spec.withId("gantt")).getElement();
        ElementUtilsKt._fireDomEvent(svg, new DomEvent(svg, "click", click));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("operation-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo(row.operationCode());
        _click(_get(Button.class, spec -> spec.withId("operation-dialog-freeze")));

        assertThat(view.frozenIds()).doesNotContain(row.operationId());
    }

    @Test
    void aSupervisorDispatchesThePlanAfterConfirming() {
        SchedulingScreen.releasedOrder(context, "GANTT-DISPATCH");
        SchedulingView view = openAs("supervisor", "SUPERVISOR");
        SchedulingScreen.solve(1);
        assertThat(view.dispatch.isEnabled()).isTrue();

        _click(view.dispatch);
        _click(_get(Button.class, spec -> spec.withId("confirm-dispatch")));

        assertThat(view.planStatus.getElement().getAttribute("data-status")).isEqualTo("DISPATCHED");
        assertThat(view.planStatus.getText()).startsWith("Dispatched").contains("supervisor");
        assertThat(view.dispatch.isEnabled()).isFalse();
    }

    @Test
    void afterABreakdownTheSupervisorReplansAndSeesWhatMoved() {
        SchedulingScreen.releasedOrder(context, "GANTT-DOWN");
        SchedulingView view = openAs("supervisor", "SUPERVISOR");
        SchedulingScreen.solve(1);
        PlanView.StationPlan busiest = view.plan().stations().stream()
                .max(java.util.Comparator.comparingInt(s -> s.operations().size())).orElseThrow();
        int before = view.plan().planNumber();
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();

        view.tabs.setSelectedIndex(1);
        view.breakdown.station.setValue(busiest.stationCode());
        view.breakdown.from.setValue(LocalDateTime.ofInstant(now.minus(Duration.ofHours(1)), zone));
        view.breakdown.to.setValue(LocalDateTime.ofInstant(now.plus(Duration.ofDays(3)), zone));
        _click(view.breakdown.replan);

        assertThat(view.plan().planNumber()).isEqualTo(before + 1);
        assertThat(view.plan().stations()).filteredOn(s -> s.stationCode().equals(busiest.stationCode()))
                .allSatisfy(s -> assertThat(s.operations()).allMatch(o -> o.pinned()
                        || !o.start().isBefore(now.plus(Duration.ofDays(3)).minusSeconds(60))));
        assertThat(view.breakdown.moved.isVisible()).isTrue();
        assertThat(GridKt._size(view.breakdown.moved)).isPositive();
        assertThat(SchedulingScreen.chart(view)).contains("class=\"down\"");
    }

    @Test
    void aManagerSeesThePlanButCannotSolveDispatchOrFreeze() {
        SchedulingView view = openAs("manager", "MANAGER");
        assertThat(view.solving.solve.isVisible()).isFalse();
        assertThat(view.dispatch.isVisible()).isFalse();
        assertThat(view.grids.freeze.isVisible()).isFalse();
        assertThat(SchedulingScreen.chart(view)).contains("data-row=");
    }

    @Test
    void anOperatorCannotOpenTheSchedulingScreen() {
        signIn("operator", "OPERATOR");
        try {
            navigate("scheduling");
        } catch (RuntimeException refused) { // the mocked servlet reports the router's refusal as an error
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(SchedulingView.class::isInstance);
    }

    @Test
    void theDeskRefusesAnOperatorEvenWithTheScreenBypassed() {
        signIn("operator", "OPERATOR");
        SchedulingDesk desk = context.getBean(SchedulingDesk.class);
        assertThatThrownBy(() -> desk.solve(SchedulingScreen.WORKSHOP, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.stop(SchedulingScreen.WORKSHOP)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.dispatch(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.freeze(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.stationDown(SchedulingScreen.WORKSHOP, "P1/F1/W1/L1/S01", Instant.now(),
                Instant.now().plusSeconds(60), 1)).isInstanceOf(AccessDeniedException.class);
        signIn("manager", "MANAGER");
        assertThatThrownBy(() -> desk.solve(SchedulingScreen.WORKSHOP, 2)).isInstanceOf(AccessDeniedException.class);
        assertThat(desk.workshops()).contains(SchedulingScreen.WORKSHOP);
    }
}
