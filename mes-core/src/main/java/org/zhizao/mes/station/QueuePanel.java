package org.zhizao.mes.station;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.zhizao.mes.execution.OperationView;

/** The operations waiting on the station after the current one, each of which the operator may take up. */
class QueuePanel extends Composite<VerticalLayout> {

    private final StationActions actions;

    QueuePanel(StationActions actions) {
        this.actions = actions;
        getContent().addClassName("station-card");
        getContent().setId("station-next");
    }

    void show(StationBoard board) {
        VerticalLayout content = getContent();
        content.removeAll();
        content.add(new H3(getTranslation("station.next")));
        if (board.next().isEmpty()) {
            Span none = new Span(getTranslation("station.next.none"));
            none.addClassName("station-muted");
            content.add(none);
        }
        for (OperationView op : board.next()) {
            Span what = new Span(op.code() + " · " + op.operationType());
            what.addClassName("grow");
            Span status = new Span(getTranslation("station.status." + op.status()));
            status.addClassNames("station-tag", "op-status-" + op.status());
            Span planned = new Span(getTranslation("station.next.planned", op.plannedQuantity()));
            planned.addClassName("station-muted");
            Button choose = new Button(getTranslation("station.next.choose"), click -> actions.choose(op.id()));
            choose.setId("station-choose-" + op.id());
            Div row = new Div(what, status, planned, choose);
            row.addClassName("station-row");
            content.add(row);
        }
    }
}
