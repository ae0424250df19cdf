package org.zhizao.mes.station;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhizao.mes.execution.OperationView;

/** Reporting scrapped parts of the current operation with the defect code that made them scrap. */
class ScrapDialog extends Dialog {

    private final StationDesk desk;
    private final StationActions actions;
    private final IntegerField quantity = new IntegerField();
    private final ComboBox<StationDesk.DefectChoice> defect = new ComboBox<>();
    private final TextField note = new TextField();
    private final Span operation = new Span();
    private long operationId;

    ScrapDialog(StationDesk desk, StationActions actions) {
        this.desk = desk;
        this.actions = actions;
        addClassName("terminal");
        setHeaderTitle(getTranslation("station.scrap.title"));
        quantity.setId("scrap-quantity");
        quantity.setLabel(getTranslation("station.scrap.quantity"));
        quantity.setMin(1);
        quantity.setStepButtonsVisible(true);
        defect.setId("scrap-defect");
        defect.setLabel(getTranslation("station.scrap.defect"));
        defect.setItemLabelGenerator(d -> d.code() + " – " + d.name());
        defect.setWidth("24em");
        note.setId("scrap-note");
        note.setLabel(getTranslation("station.scrap.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        add(new VerticalLayout(operation, quantity, defect, note));
        Button confirm = new Button(getTranslation("station.scrap.confirm"), click -> confirm());
        confirm.setId("scrap-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("scrap-cancel");
        getFooter().add(cancel, confirm);
    }

    void open(OperationView op) {
        operationId = op.id();
        operation.setText(op.code());
        defect.setItems(desk.defectCodes());
        defect.clear();
        quantity.setValue(1);
        note.clear();
        open();
    }

    private void confirm() {
        Integer parts = quantity.getValue();
        String code = defect.getValue() == null ? null : defect.getValue().code();
        close();
        actions.run(() -> desk.reportScrap(operationId, parts == null ? 0 : parts, code, note.getValue()));
    }
}
