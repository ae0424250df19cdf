package org.zhizao.mes.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import org.zhizao.mes.scheduling.PlanView;
import org.zhizao.mes.ui.Formats;

/** A bar of the Gantt chart, opened: the operation's place in the plan, and freezing or unfreezing it. */
final class OperationDialog extends Dialog {

    OperationDialog(PlanView plan, long operationId, boolean frozen, boolean canPlan, Formats formats,
            Runnable toggleFreeze) {
        setId("operation-dialog");
        plan.stations().forEach(s -> s.operations().stream().filter(o -> o.operationId() == operationId).findFirst()
                .ifPresent(o -> {
                    setHeaderTitle(o.operationCode());
                    add(line("scheduling.order", o.orderNumber()), line("scheduling.station", s.stationCode()),
                            line("scheduling.start", formats.dateTime(o.start())),
                            line("scheduling.end", formats.dateTime(o.end())),
                            line("scheduling.gantt.setup", formats.duration(Duration.ofMinutes(o.setupMinutes()))),
                            line("scheduling.frozen", getTranslation(frozen ? "scheduling.frozen.yes"
                                    : "scheduling.frozen.no")));
                }));
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("operation-dialog-close");
        getFooter().add(close);
        if (canPlan) {
            Button toggle = new Button(getTranslation(frozen ? "scheduling.unfreeze" : "scheduling.freeze"), e -> {
                close();
                toggleFreeze.run();
            });
            toggle.setId("operation-dialog-freeze");
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(toggle);
        }
    }

    private Div line(String key, String value) {
        return new Div(getTranslation(key) + ": " + value);
    }
}
