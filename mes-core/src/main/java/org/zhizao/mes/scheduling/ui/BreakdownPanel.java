package org.zhizao.mes.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.zhizao.mes.ui.Formats;

/**
 * After a breakdown: the supervisor marks a station down for a window, the workshop is re-planned around
 * it, and the list shows what moved (operation, from station and time, to station and time).
 */
class BreakdownPanel extends VerticalLayout {

    /** A station down in [from, to), handed to the re-plan. */
    record Down(String stationCode, Instant from, Instant to) {
    }

    interface Replan {
        void stationDown(Down down);
    }

    final Select<String> station = new Select<>();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final Button replan = new Button();
    final Grid<PlanChanges.Move> moved = new Grid<>();
    private final Span movedTitle = new Span();
    private final Formats formats;

    BreakdownPanel(Formats formats, Replan action) {
        this.formats = formats;
        setPadding(false);
        station.setId("down-station");
        station.setLabel(getTranslation("scheduling.station"));
        station.setWidth("16em");
        from.setId("down-from");
        from.setLabel(getTranslation("scheduling.downFrom"));
        to.setId("down-to");
        to.setLabel(getTranslation("scheduling.downTo"));
        replan.setText(getTranslation("scheduling.replan"));
        replan.setId("replan");
        replan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        replan.addClickListener(e -> {
            if (station.getValue() != null && from.getValue() != null && to.getValue() != null) {
                action.stationDown(new Down(station.getValue(), instant(from.getValue()), instant(to.getValue())));
            }
        });
        HorizontalLayout form = new HorizontalLayout(station, from, to, replan);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        movedTitle.setId("moved-title");
        configureMoved();
        add(form, movedTitle, moved);
    }

    private void configureMoved() {
        moved.setId("moved-grid");
        moved.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        moved.addColumn(PlanChanges.Move::operationCode).setHeader(getTranslation("scheduling.operation"))
                .setAutoWidth(true);
        moved.addColumn(PlanChanges.Move::orderNumber).setHeader(getTranslation("scheduling.order")).setAutoWidth(true);
        moved.addColumn(m -> place(m.fromStation(), m.fromStart())).setHeader(getTranslation("scheduling.movedFrom"))
                .setAutoWidth(true);
        moved.addColumn(m -> place(m.toStation(), m.toStart())).setHeader(getTranslation("scheduling.movedTo"))
                .setAutoWidth(true);
        moved.setHeight("260px");
        moved.setVisible(false);
    }

    private String place(String stationCode, Instant start) {
        return stationCode == null ? "–" : stationCode + " · " + formats.dateTime(start);
    }

    /** Offers the workshop's stations and a window from now for the next four hours. */
    void prepare(List<String> stations, Instant now) {
        station.setItems(stations);
        if (!stations.isEmpty()) {
            station.setValue(stations.get(0));
        }
        from.setValue(local(now.truncatedTo(ChronoUnit.MINUTES)));
        to.setValue(local(now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(4))));
    }

    void showMoves(List<PlanChanges.Move> moves) {
        moved.setItems(moves);
        moved.setVisible(true);
        movedTitle.setText(getTranslation("scheduling.moved", moves.size()));
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, formats.zone());
    }

    private Instant instant(LocalDateTime t) {
        return t.atZone(formats.zone()).toInstant();
    }
}
