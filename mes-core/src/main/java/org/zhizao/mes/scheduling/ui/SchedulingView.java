package org.zhizao.mes.scheduling.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhizao.mes.scheduling.PlanView;
import org.zhizao.mes.scheduling.domain.PlanningInput.Interval;
import org.zhizao.mes.ui.Formats;

/**
 * The shift supervisor's scheduling screen: runs the scheduler over a workshop's released orders and
 * watches it (progress, best score, stop), shows the plan as a Gantt chart with each order's lateness
 * and the score explanation, freezes operations, dispatches the plan, and re-plans after a breakdown.
 * A manager sees the plan read-only.
 */
@Route("scheduling")
@Menu(title = "nav.scheduling", order = 20)
@RolesAllowed({"SUPERVISOR", "ADMIN", "MANAGER"})
@StyleSheet("context://styles/scheduling.css")
public class SchedulingView extends VerticalLayout implements HasDynamicTitle {

    static final int REPLAN_SECONDS = 5;

    private final SchedulingDesk desk;
    private final Formats formats;
    private final boolean canPlan;
    final Select<String> workshop = new Select<>();
    final SolveControls solving;
    final Span planLabel = new Span();
    final Span planStatus = new Span();
    final Button dispatch = new Button();
    final GanttPanel gantt;
    final PlanGrids grids;
    final BreakdownPanel breakdown;
    final TabSheet tabs = new TabSheet();
    private final List<GanttChart.Shade> downWindows = new ArrayList<>();
    private PlanView plan;
    private Set<Long> frozen = Set.of();

    public SchedulingView(SchedulingDesk desk) {
        this.desk = desk;
        this.formats = Formats.of(getLocale());
        this.canPlan = SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_SUPERVISOR") || a.equals("ROLE_ADMIN"));
        setId("scheduling-view");
        addClassName("scheduling-view");
        gantt = new GanttPanel(source(), formats, this::barClicked);
        grids = new PlanGrids(formats, canPlan, id -> freezing(id, true), id -> freezing(id, false));
        breakdown = new BreakdownPanel(formats, this::stationDown);
        solving = new SolveControls(desk, formats, canPlan, workshop::getValue, this::act, planId -> {
            if (plan == null || plan.id() != planId) {
                load();
            }
        });
        add(new H2(getTranslation("scheduling.title")), toolbar(), planLine(), gantt, tables(), tabs());
    }

    private HorizontalLayout toolbar() {
        workshop.setId("workshop");
        workshop.setLabel(getTranslation("scheduling.workshop"));
        workshop.setItems(desk.workshops());
        workshop.addValueChangeListener(e -> {
            solving.stopWatching();
            downWindows.clear();
            load();
        });
        HorizontalLayout bar = new HorizontalLayout(workshop, solving);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private HorizontalLayout planLine() {
        planLabel.setId("plan-label");
        planStatus.setId("plan-status");
        planStatus.addClassName("plan-status");
        dispatch.setText(getTranslation("scheduling.dispatch"));
        dispatch.setId("dispatch");
        dispatch.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        dispatch.setVisible(canPlan);
        dispatch.setEnabled(false);
        dispatch.addClickListener(e -> confirmDispatch());
        HorizontalLayout line = new HorizontalLayout(planLabel, planStatus, dispatch);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        return line;
    }

    private HorizontalLayout tables() {
        VerticalLayout orders = new VerticalLayout(new H3(getTranslation("scheduling.orders")), grids.orders);
        VerticalLayout costs = new VerticalLayout(new H3(getTranslation("scheduling.costs")), grids.costs);
        orders.setPadding(false);
        costs.setPadding(false);
        HorizontalLayout tables = new HorizontalLayout(orders, costs);
        tables.setWidthFull();
        tables.setFlexGrow(3, orders);
        tables.setFlexGrow(2, costs);
        return tables;
    }

    private TabSheet tabs() {
        tabs.setId("scheduling-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("scheduling.operations"), grids.operationsTab());
        if (canPlan) {
            tabs.add(getTranslation("scheduling.breakdown"), breakdown);
        }
        return tabs;
    }

    private GanttPanel.Source source() {
        return new GanttPanel.Source() {
            @Override
            public List<String> stations() {
                return workshop.getValue() == null ? List.of() : desk.stations(workshop.getValue());
            }

            @Override
            public Map<String, List<Interval>> availability(Instant from, Instant to) {
                return workshop.getValue() == null ? Map.of() : desk.availability(workshop.getValue(), from, to);
            }

            @Override
            public List<GanttChart.Shade> downWindows() {
                List<GanttChart.Shade> all = new ArrayList<>(downWindows);
                PlanChanges.breakdownOf(plan).filter(d -> !all.contains(d)).ifPresent(all::add);
                return all;
            }

            @Override
            public Instant now() {
                return desk.now();
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scheduling.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (workshop.getValue() == null && !desk.workshops().isEmpty()) {
            workshop.setValue(desk.workshops().get(0)); // loads it
        }
    }

    PlanView plan() {
        return plan;
    }

    Set<Long> frozenIds() {
        return frozen;
    }

    /** Shows the workshop's latest plan and where its solve stands. */
    void load() {
        String code = workshop.getValue();
        if (code == null) {
            return;
        }
        plan = desk.latest(code).orElse(null);
        frozen = desk.frozen(code);
        gantt.show(plan, frozen);
        grids.show(plan, frozen);
        showPlanLine();
        breakdown.prepare(desk.stations(code), desk.now());
        solving.refresh();
    }

    private void showPlanLine() {
        if (plan == null) {
            planLabel.setText(getTranslation("scheduling.noPlan"));
            planStatus.setText("");
            dispatch.setEnabled(false);
            return;
        }
        PlanView.Score s = plan.score();
        planLabel.setText(getTranslation("scheduling.plan", plan.workshopCode(), plan.planNumber(),
                s.hard() + "hard/" + s.medium() + "medium/" + s.soft() + "soft",
                getTranslation(s.feasible() ? "scheduling.feasible" : "scheduling.infeasible")));
        boolean dispatched = "DISPATCHED".equals(plan.status());
        planStatus.setText(dispatched ? getTranslation("scheduling.status.DISPATCHED.by",
                formats.dateTime(plan.dispatchedAt()), plan.dispatchedBy())
                : getTranslation("scheduling.status." + plan.status()));
        planStatus.getElement().setAttribute("data-status", plan.status());
        dispatch.setEnabled(!dispatched);
    }

    private void barClicked(long operationId) {
        if (plan == null) {
            return;
        }
        grids.select(operationId);
        new OperationDialog(plan, operationId, frozen.contains(operationId), canPlan, formats,
                () -> freezing(operationId, !frozen.contains(operationId))).open();
    }

    private void freezing(long operationId, boolean freeze) {
        act(() -> {
            if (freeze) {
                desk.freeze(operationId);
            } else {
                desk.unfreeze(operationId);
            }
            notify(getTranslation(freeze ? "scheduling.frozen.done" : "scheduling.unfrozen.done"), false);
            load();
            grids.select(operationId);
        });
    }

    private void confirmDispatch() {
        if (plan == null) {
            return;
        }
        long id = plan.id();
        ConfirmationDialog.ask(getTranslation("scheduling.dispatch"),
                getTranslation("scheduling.dispatch.confirm", plan.workshopCode(), plan.planNumber()),
                "confirm-dispatch", () -> act(() -> {
                    desk.dispatch(id);
                    notify(getTranslation("scheduling.dispatch.done"), false);
                    load();
                }));
    }

    private void stationDown(BreakdownPanel.Down down) {
        act(() -> {
            PlanView before = plan;
            PlanView after = desk.stationDown(workshop.getValue(), down.stationCode(), down.from(), down.to(),
                    REPLAN_SECONDS);
            downWindows.add(new GanttChart.Shade(down.stationCode(), down.from(), down.to(), true));
            load();
            breakdown.showMoves(PlanChanges.between(before, after));
        });
    }

    /** Runs a change; a refused one shows its reason to the user instead of a stack trace. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            notify(getTranslation("common.error", message(e)), true);
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void notify(String text, boolean error) {
        Notification n = Notification.show(text, error ? 6000 : 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
