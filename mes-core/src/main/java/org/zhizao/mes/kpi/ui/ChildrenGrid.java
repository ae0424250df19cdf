package org.zhizao.mes.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.zhizao.mes.equipment.AvailabilityState;

/**
 * The children of the element shown with their KPIs; a click on a row (or its name) goes one tier down.
 * For stations, the live availability state as a badge.
 */
class ChildrenGrid extends Grid<KpiDesk.Row> {

    private final Map<String, AvailabilityState> states = new HashMap<>();
    private final Grid.Column<KpiDesk.Row> stateColumn;
    private KpiText text;

    ChildrenGrid(Function<PlantTiers.Element, String> label, Consumer<PlantTiers.Element> open) {
        super(KpiDesk.Row.class, false);
        setId("dashboard-children");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addComponentColumn(row -> {
            Button name = new Button(label.apply(row.element()), click -> open.accept(row.element()));
            name.setId("drill-" + row.element().localCode());
            name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return name;
        }).setHeader(getTranslation("dashboard.column.element")).setKey("element").setAutoWidth(true).setFlexGrow(2);
        kpi("oee", r -> text.percent(r.figures().kpis().oee()));
        kpi("availability", r -> text.percent(r.figures().kpis().availability()));
        kpi("performance", r -> text.percent(r.figures().kpis().effectiveness()));
        kpi("quality", r -> text.percent(r.figures().kpis().qualityRatio()));
        kpi("good", r -> text.integer(r.figures().inputs().good()));
        kpi("scrap", r -> text.integer(r.figures().inputs().scrap()));
        kpi("scrapRate", r -> text.percent(r.figures().kpis().scrapRatio()));
        kpi("energyPerUnit", r -> text.number(r.figures().kpis().energyPerGoodUnitKwh(), 2));
        kpi("mtbf", r -> text.duration(r.figures().kpis().mtbf()));
        kpi("mttr", r -> text.duration(r.figures().kpis().mttr()));
        stateColumn = addComponentColumn(row -> badge(states.get(row.element().code())))
                .setHeader(getTranslation("dashboard.column.state")).setKey("state").setAutoWidth(true);
        addItemClickListener(click -> open.accept(click.getItem().element()));
    }

    private void kpi(String key, Function<KpiDesk.Row, String> value) {
        addColumn(value::apply).setHeader(getTranslation("dashboard.kpi." + key)).setKey(key).setAutoWidth(true);
    }

    void show(List<KpiDesk.Row> rows, KpiText text) {
        this.text = text;
        states.clear();
        rows.stream().filter(r -> r.state() != null).forEach(r -> states.put(r.element().code(), r.state()));
        stateColumn.setVisible(rows.stream().anyMatch(r -> r.element().tier() == PlantTiers.Tier.STATION));
        setItems(rows);
    }

    /** Shows new live states without computing the KPIs again. */
    void showStates(Map<String, AvailabilityState> live) {
        if (!live.equals(states)) {
            states.clear();
            states.putAll(live);
            getDataProvider().refreshAll();
        }
    }

    List<String> stations() {
        return getListDataView().getItems().filter(r -> r.element().tier() == PlantTiers.Tier.STATION)
                .map(r -> r.element().code()).toList();
    }

    Span badge(AvailabilityState state) {
        Span badge = new Span(state == null ? KpiText.UNDEFINED : getTranslation("dashboard.state." + state.name()));
        badge.addClassName("state-badge");
        if (state != null) {
            badge.addClassName("state-" + state.name());
        }
        return badge;
    }
}
