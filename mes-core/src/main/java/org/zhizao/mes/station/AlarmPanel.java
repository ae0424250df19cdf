package org.zhizao.mes.station;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.zhizao.mes.ui.Formats;

/** The active alarms of the station's devices, each acknowledged once by whoever deals with it. */
class AlarmPanel extends Composite<VerticalLayout> {

    private final StationDesk desk;
    private final StationActions actions;

    AlarmPanel(StationDesk desk, StationActions actions) {
        this.desk = desk;
        this.actions = actions;
        getContent().addClassName("station-card");
        getContent().setId("station-alarms");
    }

    void show(StationBoard board) {
        VerticalLayout content = getContent();
        content.removeAll();
        content.add(new H3(getTranslation("station.alarms")));
        if (board.alarms().isEmpty()) {
            Span none = new Span(getTranslation("station.alarms.none"));
            none.addClassName("station-muted");
            content.add(none);
        }
        Formats formats = Formats.of(getLocale());
        for (StationDesk.StationAlarm alarm : board.alarms()) {
            Span badge = new Span(getTranslation("station.alarm.severity", alarm.severity()));
            badge.addClassNames("state-badge", "state-ALARM");
            String device = alarm.equipmentCode().substring(alarm.equipmentCode().lastIndexOf('/') + 1);
            Span text = new Span(device + " " + (alarm.code() == null ? "" : alarm.code()) + " "
                    + (alarm.message() == null ? "" : alarm.message()));
            text.setId("station-alarm-" + alarm.id());
            text.addClassName("grow");
            Span since = new Span(formats.time(alarm.raisedAt()));
            since.addClassName("station-muted");
            Div row = new Div(badge, text, since);
            row.addClassName("station-row");
            if (alarm.acknowledgedBy() == null) {
                Button ack = new Button(getTranslation("station.alarm.acknowledge"),
                        click -> actions.run(() -> desk.acknowledgeAlarm(alarm.id())));
                ack.setId("station-alarm-ack-" + alarm.id());
                ack.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
                row.add(ack);
            } else {
                Span who = new Span(getTranslation("station.alarm.acknowledged", alarm.acknowledgedBy()));
                who.setId("station-alarm-acknowledged-" + alarm.id());
                row.add(who);
            }
            content.add(row);
        }
    }
}
