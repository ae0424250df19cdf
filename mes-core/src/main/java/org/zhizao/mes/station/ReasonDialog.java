package org.zhizao.mes.station;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.ui.Messages;

/** Classifying a downtime interval with a reason from the reason tree, shown as its path. */
class ReasonDialog extends Dialog {

    private final StationDesk desk;
    private final StationActions actions;
    private final ComboBox<StationDesk.DowntimeReason> reason = new ComboBox<>();
    private final TextField note = new TextField();
    private final Span interval = new Span();
    private Map<String, StationDesk.DowntimeReason> tree = Map.of();
    private long intervalId;

    ReasonDialog(StationDesk desk, StationActions actions) {
        this.desk = desk;
        this.actions = actions;
        addClassName("terminal");
        setHeaderTitle(getTranslation("station.classify.title"));
        reason.setId("downtime-reason");
        reason.setLabel(getTranslation("station.classify.reason"));
        reason.setItemLabelGenerator(this::path);
        reason.setWidth("28em");
        note.setId("downtime-note");
        note.setLabel(getTranslation("station.classify.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        add(new VerticalLayout(interval, reason, note));
        Button confirm = new Button(getTranslation("station.classify.confirm"), click -> confirm());
        confirm.setId("downtime-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("downtime-cancel");
        getFooter().add(cancel, confirm);
    }

    void open(EquipmentHistory.StateInterval downtime, String description) {
        intervalId = downtime.id();
        interval.setText(description);
        Map<String, StationDesk.DowntimeReason> all = new LinkedHashMap<>();
        desk.downtimeReasons().forEach(r -> all.put(r.code(), r));
        tree = all;
        List<StationDesk.DowntimeReason> fitting = new ArrayList<>(all.values().stream()
                .filter(r -> fits(downtime.state(), r)).toList());
        fitting.sort((a, b) -> path(a).compareTo(path(b)));
        reason.setItems(fitting);
        reason.setValue(downtime.reasonCode() == null ? null : all.get(downtime.reasonCode()));
        note.clear();
        open();
    }

    /** Planned downtime takes a planned reason and an unplanned stop an unplanned one; other stops either. */
    private static boolean fits(AvailabilityState state, StationDesk.DowntimeReason reason) {
        return switch (state) {
            case UNPLANNED_DOWN -> "UNPLANNED".equals(reason.category());
            case PLANNED_DOWNTIME -> "PLANNED".equals(reason.category());
            default -> true;
        };
    }

    private String path(StationDesk.DowntimeReason reason) {
        List<String> names = new ArrayList<>();
        for (StationDesk.DowntimeReason r = reason; r != null && names.size() < 10; r = tree.get(r.parentCode())) {
            names.add(0, Messages.supported(getLocale()).equals(Messages.CHINESE) ? r.nameZh() : r.nameEn());
            if (r.parentCode() == null) {
                break;
            }
        }
        return String.join(" › ", names);
    }

    private void confirm() {
        String code = reason.getValue() == null ? null : reason.getValue().code();
        close();
        actions.run(() -> desk.classifyDowntime(intervalId, code, note.getValue()));
    }
}
