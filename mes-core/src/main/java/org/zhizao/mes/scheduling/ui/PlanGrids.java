package org.zhizao.mes.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.zhizao.mes.scheduling.PlanView;
import org.zhizao.mes.ui.Formats;

/**
 * The plan as tables: each order's due date, planned end and lateness; the score explanation per
 * constraint; the planned operations, where a supervisor freezes or unfreezes one.
 */
class PlanGrids {

    /** A planned operation with its station, as the operations grid lists it. */
    record Row(long operationId, String operationCode, String orderNumber, String stationCode, Instant start,
               Instant end, boolean frozen) {
    }

    final Grid<PlanView.OrderLateness> orders = new Grid<>();
    final Grid<PlanView.ConstraintCost> costs = new Grid<>();
    final Grid<Row> operations = new Grid<>();
    final Button freeze = new Button();
    final Button unfreeze = new Button();
    private final Formats formats;
    /** Any component can translate; this one is never shown. */
    private final Span translator = new Span();

    PlanGrids(Formats formats, boolean canPlan, LongConsumer freezeAction, LongConsumer unfreezeAction) {
        this.formats = formats;
        configureOrders();
        configureCosts();
        configureOperations();
        freeze.setText(translator.getTranslation("scheduling.freeze"));
        freeze.setId("freeze");
        unfreeze.setText(translator.getTranslation("scheduling.unfreeze"));
        unfreeze.setId("unfreeze");
        freeze.setEnabled(false);
        unfreeze.setEnabled(false);
        freeze.setVisible(canPlan);
        unfreeze.setVisible(canPlan);
        operations.asSingleSelect().addValueChangeListener(e -> {
            Row row = e.getValue();
            freeze.setEnabled(row != null && !row.frozen());
            unfreeze.setEnabled(row != null && row.frozen());
        });
        freeze.addClickListener(e -> operations.asSingleSelect().getOptionalValue()
                .ifPresent(r -> freezeAction.accept(r.operationId())));
        unfreeze.addClickListener(e -> operations.asSingleSelect().getOptionalValue()
                .ifPresent(r -> unfreezeAction.accept(r.operationId())));
    }

    private String t(String key) {
        return translator.getTranslation(key);
    }

    private void configureOrders() {
        orders.setId("orders-grid");
        orders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        orders.addColumn(PlanView.OrderLateness::orderNumber).setHeader(t("scheduling.order")).setAutoWidth(true)
                .setSortable(true);
        orders.addColumn(o -> formats.dateTime(o.due())).setHeader(t("scheduling.due")).setAutoWidth(true);
        orders.addColumn(o -> formats.dateTime(o.completion())).setHeader(t("scheduling.plannedEnd"))
                .setAutoWidth(true);
        orders.addColumn(o -> o.latenessMinutes() > 0 ? formats.duration(Duration.ofMinutes(o.latenessMinutes()))
                        : t("scheduling.onTime")).setHeader(t("scheduling.lateness")).setAutoWidth(true)
                .setComparator(Comparator.comparingLong(PlanView.OrderLateness::latenessMinutes))
                .setPartNameGenerator(o -> o.latenessMinutes() > 0 ? "late" : null);
        orders.setAllRowsVisible(true);
    }

    private void configureCosts() {
        costs.setId("costs-grid");
        costs.addThemeVariants(GridVariant.LUMO_COMPACT);
        costs.addColumn(PlanView.ConstraintCost::constraint).setHeader(t("scheduling.constraint")).setAutoWidth(true);
        costs.addColumn(c -> formats.integer(c.matches())).setHeader(t("scheduling.matches")).setAutoWidth(true);
        costs.addColumn(PlanGrids::impact).setHeader(t("scheduling.impact")).setAutoWidth(true);
        costs.setAllRowsVisible(true);
    }

    /** The score impact of a constraint, e.g. {@code -120medium}, levels that are zero left out. */
    static String impact(PlanView.ConstraintCost c) {
        List<String> parts = new ArrayList<>();
        if (c.hard() != 0) {
            parts.add(c.hard() + "hard");
        }
        if (c.medium() != 0) {
            parts.add(c.medium() + "medium");
        }
        if (c.soft() != 0) {
            parts.add(c.soft() + "soft");
        }
        return parts.isEmpty() ? "0" : String.join("/", parts);
    }

    private void configureOperations() {
        operations.setId("operations-grid");
        operations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        operations.addColumn(Row::operationCode).setHeader(t("scheduling.operation")).setAutoWidth(true)
                .setSortable(true);
        operations.addColumn(Row::orderNumber).setHeader(t("scheduling.order")).setAutoWidth(true).setSortable(true);
        operations.addColumn(Row::stationCode).setHeader(t("scheduling.station")).setAutoWidth(true)
                .setSortable(true);
        operations.addColumn(r -> formats.dateTime(r.start())).setHeader(t("scheduling.start")).setAutoWidth(true)
                .setComparator(Comparator.comparing(Row::start));
        operations.addColumn(r -> formats.dateTime(r.end())).setHeader(t("scheduling.end")).setAutoWidth(true);
        operations.addColumn(r -> r.frozen() ? t("scheduling.frozen.yes") : "").setHeader(t("scheduling.frozen"))
                .setAutoWidth(true);
        operations.setHeight("320px");
    }

    void show(PlanView plan, Set<Long> frozen) {
        if (plan == null) {
            orders.setItems(List.of());
            costs.setItems(List.of());
            operations.setItems(List.of());
            return;
        }
        orders.setItems(plan.orders());
        costs.setItems(plan.costs());
        List<Row> rows = new ArrayList<>();
        plan.stations().forEach(s -> s.operations().forEach(o -> rows.add(new Row(o.operationId(),
                o.operationCode(), o.orderNumber(), s.stationCode(), o.start(), o.end(),
                frozen.contains(o.operationId())))));
        rows.sort(Comparator.comparing(Row::start).thenComparing(Row::operationCode));
        operations.setItems(rows);
    }

    /** Selects an operation's row, e.g. after a click on its bar. */
    void select(long operationId) {
        operations.getListDataView().getItems().filter(r -> r.operationId() == operationId).findFirst()
                .ifPresent(operations::select);
    }

    VerticalLayout operationsTab() {
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(freeze, unfreeze), operations);
        tab.setPadding(false);
        return tab;
    }
}
