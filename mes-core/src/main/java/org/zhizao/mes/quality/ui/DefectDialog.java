package org.zhizao.mes.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.zhizao.mes.quality.ui.InspectionViews.QueueEntry;

/** Records defects found on an operation's units: code, how many, the unit or lot, a note; optionally an NCR. */
class DefectDialog extends Dialog {

    DefectDialog(InspectionDesk desk, QueueEntry operation, List<String> catalogue, Runnable afterSave) {
        setHeaderTitle(getTranslation("inspection.defect.title", operation.operationCode()));
        setId("defect-dialog");
        ComboBox<String> code = new ComboBox<>(getTranslation("inspection.defect.code"), catalogue);
        code.setId("defect-code");
        code.setRequired(true);
        IntegerField quantity = new IntegerField(getTranslation("inspection.defect.quantity"));
        quantity.setId("defect-quantity");
        quantity.setMin(1);
        quantity.setValue(1);
        quantity.setStepButtonsVisible(true);
        TextField unit = new TextField(getTranslation("inspection.unitIdentifier"));
        unit.setId("defect-unit");
        TextField note = new TextField(getTranslation("inspection.note"));
        note.setId("defect-note");
        Checkbox openNcr = new Checkbox(getTranslation("inspection.defect.openNcr"));
        openNcr.setId("defect-open-ncr");
        add(new VerticalLayout(code, quantity, unit, note, openNcr));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                Long ncr = desk.recordDefect(operation.operationId(), code.getValue(),
                        quantity.getValue() == null ? 0 : quantity.getValue(), unit.getValue(), note.getValue(),
                        openNcr.getValue());
                Notification.show(ncr == null ? getTranslation("inspection.defect.saved")
                        : getTranslation("inspection.defect.savedWithNcr", desk.ncr(ncr).number()));
                close();
                afterSave.run();
            } catch (RuntimeException e) {
                Errors.show(this, e);
            }
        });
        save.setId("defect-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
