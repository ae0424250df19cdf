package org.zhizao.mes.station;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.ui.Formats;

/** The current operation: what it is, its status and counts, the big buttons and its work steps. */
class OperationPanel extends Composite<VerticalLayout> {

    private final StationDesk desk;
    private final StationActions actions;
    private final ScrapDialog scrap;

    OperationPanel(StationDesk desk, StationActions actions) {
        this.desk = desk;
        this.actions = actions;
        this.scrap = new ScrapDialog(desk, actions);
        getContent().addClassNames("station-card", "station-main");
        getContent().setPadding(true);
    }

    void show(StationBoard board) {
        VerticalLayout content = getContent();
        content.removeAll();
        OperationView op = board.current();
        if (op == null) {
            Span none = new Span(getTranslation("station.operation.none"));
            none.setId("station-no-operation");
            none.addClassName("station-muted");
            content.add(none);
            return;
        }
        content.add(heading(op), counts(op), buttons(op, board.nextStep()), steps(op, board.nextStep()));
    }

    private HorizontalLayout heading(OperationView op) {
        H2 code = new H2(op.code());
        code.setId("station-op-code");
        code.addClassName("op-code");
        Span status = new Span(getTranslation("station.status." + op.status()));
        status.setId("station-op-status");
        status.addClassNames("op-status", "op-status-" + op.status());
        Span what = new Span(getTranslation("station.operation.what", op.description() == null ? ""
                : op.description(), op.operationType(), op.orderNumber()));
        what.addClassName("station-muted");
        VerticalLayout left = new VerticalLayout(code, what);
        left.setPadding(false);
        left.setSpacing(false);
        HorizontalLayout heading = new HorizontalLayout(left, status);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.expand(left);
        return heading;
    }

    private Div counts(OperationView op) {
        Formats formats = Formats.of(getLocale());
        Div counts = new Div(count("planned", getTranslation("station.planned"), formats.integer(op.plannedQuantity())),
                count("good", getTranslation("station.good"), formats.integer(op.goodQuantity())),
                count("scrap", getTranslation("station.scrap"), formats.integer(op.scrapQuantity())));
        counts.addClassName("station-counts");
        return counts;
    }

    private static Div count(String kind, String label, String value) {
        Span number = new Span(value);
        number.setId("station-" + kind);
        number.addClassName("value");
        Div box = new Div(number, new Span(label));
        box.addClassNames("station-count", kind);
        return box;
    }

    private Div buttons(OperationView op, OperationView.Step next) {
        String status = op.status();
        long id = op.id();
        Button start = button("station-start", "station.start", status.equals("DISPATCHED"),
                () -> desk.start(id));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button pause = button("station-pause", "station.pause", status.equals("STARTED"), () -> desk.pause(id));
        Button resume = button("station-resume", "station.resume", status.equals("PAUSED"), () -> desk.resume(id));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ackNext = new Button(next == null ? getTranslation("station.ackNext.none")
                : getTranslation("station.ackNext", next.seq()), click -> actions.run(() -> desk.acknowledgeNext(id)));
        ackNext.setId("station-ack-next");
        ackNext.setEnabled(status.equals("STARTED") && next != null);
        ackNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button report = new Button(getTranslation("station.reportScrap"), click -> scrap.open(op));
        report.setId("station-report-scrap");
        report.setEnabled(status.equals("STARTED") || status.equals("PAUSED"));
        report.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button complete = button("station-complete", "station.complete", status.equals("STARTED"),
                () -> desk.complete(id));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        Div buttons = new Div(start, pause, resume, ackNext, report, complete);
        buttons.addClassName("station-actions");
        return buttons;
    }

    private Button button(String id, String key, boolean enabled, Runnable action) {
        Button button = new Button(getTranslation(key), click -> actions.run(action));
        button.setId(id);
        button.setEnabled(enabled);
        return button;
    }

    private Div steps(OperationView op, OperationView.Step next) {
        Div steps = new Div(new H3(getTranslation("station.steps")));
        steps.setId("station-steps");
        steps.setWidthFull();
        if (op.steps().isEmpty()) {
            steps.add(new Span(getTranslation("station.steps.none")));
        }
        Formats formats = Formats.of(getLocale());
        for (OperationView.Step step : op.steps()) {
            boolean done = step.acknowledgedAt() != null;
            Span seq = new Span(String.valueOf(step.seq()));
            seq.addClassName("seq");
            Div instruction = new Div(new Span(step.instruction()));
            instruction.addClassName("instruction");
            instruction.add(tag(getTranslation(step.required() ? "station.step.required" : "station.step.optional"),
                    "kind"));
            if (step.qualityCheck()) {
                instruction.add(tag(getTranslation("station.step.qualityCheck"), "quality"));
            }
            Span state = new Span(done ? getTranslation("station.step.done", step.acknowledgedBy(),
                    formats.time(step.acknowledgedAt())) : getTranslation("station.step.open"));
            state.setId("station-step-state-" + step.seq());
            state.addClassName("step-state");
            Div row = new Div(seq, instruction, state);
            row.addClassName("station-step");
            row.addClassName(done ? "done" : next != null && next.seq() == step.seq() ? "next" : "open");
            if (!done) {
                Button ack = new Button(getTranslation("station.step.acknowledge"),
                        click -> actions.run(() -> desk.acknowledge(op.id(), step.seq())));
                ack.setId("station-step-ack-" + step.seq());
                ack.setEnabled(op.status().equals("STARTED"));
                row.add(ack);
            }
            steps.add(row);
        }
        return steps;
    }

    private static Span tag(String text, String kind) {
        Span tag = new Span(text);
        tag.addClassNames("station-tag", kind);
        return tag;
    }
}
