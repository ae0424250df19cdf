package org.zhizao.mes.station;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.time.Instant;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.ui.Formats;

/** The station's recent stops, so the operator who saw them says why they happened. */
class DowntimePanel extends Composite<VerticalLayout> {

    private final ReasonDialog dialog;

    DowntimePanel(StationDesk desk, StationActions actions) {
        this.dialog = new ReasonDialog(desk, actions);
        getContent().addClassName("station-card");
        getContent().setId("station-downtimes");
    }

    void show(StationBoard board, Instant now) {
        VerticalLayout content = getContent();
        content.removeAll();
        content.add(new H3(getTranslation("station.downtime")));
        if (board.downtimes().isEmpty()) {
            Span none = new Span(getTranslation("station.downtime.none", StationDesk.DOWNTIME_WINDOW.toHours()));
            none.addClassName("station-muted");
            content.add(none);
        }
        Formats formats = Formats.of(getLocale());
        for (EquipmentHistory.StateInterval interval : board.downtimes()) {
            Span badge = new Span(getTranslation("station.state." + interval.state()));
            badge.addClassNames("state-badge", "state-" + interval.state());
            Instant end = interval.end() == null ? now : interval.end();
            String when = formats.time(interval.start()) + "–" + (interval.end() == null
                    ? getTranslation("station.downtime.ongoing") : formats.time(interval.end()))
                    + " (" + formats.duration(Duration.between(interval.start(), end)) + ")";
            Span time = new Span(when);
            time.addClassName("grow");
            Span reason = new Span(interval.reasonCode() == null ? getTranslation("station.downtime.unclassified")
                    : getTranslation("station.downtime.reason", interval.reasonCode()));
            reason.setId("station-downtime-reason-" + interval.id());
            Button classify = new Button(getTranslation("station.downtime.classify"),
                    click -> dialog.open(interval, badge.getText() + " " + when));
            classify.setId("station-downtime-classify-" + interval.id());
            Div row = new Div(badge, time, reason, classify);
            row.addClassName("station-row");
            content.add(row);
        }
    }
}
