package org.zhizao.mes.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationContext;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.order.PlacingOrder;
import org.zhizao.mes.order.ReleasingOrder;

/** Drives the scheduling screen in view tests: released orders to plan, solves waited for, the chart read. */
final class SchedulingScreen {

    static final String WORKSHOP = "P1/F1/W1";

    private SchedulingScreen() {
    }

    /** A new, released order of the workshop's shaft, urgent and due tomorrow, so the plan starts with it. */
    static OrderProgress.OrderSnapshot releasedOrder(ApplicationContext context, String customer) {
        OrderProgress.OrderSnapshot order = context.getBean(PlacingOrder.class).place("GBX-SHAFT-40", 8,
                LocalDate.now(ZoneOffset.UTC).plusDays(1), 1, customer, "scheduling screen test");
        return context.getBean(ReleasingOrder.class).release(order.id(), "scheduling screen test");
    }

    static SchedulingView view() {
        return _get(SchedulingView.class);
    }

    /** Runs a solve of a few seconds from the screen and waits until the screen shows its end. */
    static SchedulingView solve(int seconds) {
        SchedulingView view = view();
        view.solving.seconds.setValue(seconds);
        _click(view.solving.solve);
        return awaitState(view, s -> !s.equals("RUNNING"), Duration.ofSeconds(seconds + 60));
    }

    /** Processes what the progress poller pushed until the screen's solve state matches. */
    static SchedulingView awaitState(SchedulingView view, java.util.function.Predicate<String> state,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            MockVaadin.runUIQueue();
            if (state.test(view.solving.progressText.getElement().getAttribute("data-state"))) {
                return view;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the screen's solve state is still "
                + view.solving.progressText.getElement().getAttribute("data-state") + ": "
                + view.solving.progressText.getText());
    }

    static String chart(SchedulingView view) {
        return _get(view, com.vaadin.flow.component.Svg.class, spec -> spec.withId("gantt")).getElement()
                .getProperty("innerHTML");
    }

    /** Pages the chart forward until it shows a bar of the order, for at most two weeks of days. */
    static boolean findBar(SchedulingView view, String orderNumber) {
        for (int day = 0; day < 14; day++) {
            if (chart(view).contains("data-order=\"" + orderNumber + "\"")) {
                return true;
            }
            _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("gantt-later")));
        }
        return false;
    }
}
