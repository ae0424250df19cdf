package org.zhizao.mes.quality.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.ui.InspectionViews.CharacteristicLine;
import org.zhizao.mes.quality.ui.InspectionViews.OperationForm;
import org.zhizao.mes.quality.ui.InspectionViews.ResultLine;
import org.zhizao.mes.ui.Formats;

/**
 * Opens a nonconformance report for a failed result, prefilled from it: the defect code it reported, or
 * for a measurement the catalogue's over- or undersize code, and a description naming value and limits.
 */
class OpenNcrDialog extends Dialog {

    OpenNcrDialog(InspectionDesk desk, ResultLine result, OperationForm form, List<String> catalogue) {
        setHeaderTitle(getTranslation("inspection.ncr.open.title", result.characteristic(),
                form.operation().operationCode()));
        setId("open-ncr-dialog");
        ComboBox<String> code = new ComboBox<>(getTranslation("inspection.defect.code"), catalogue);
        code.setId("ncr-defect-code");
        code.setRequired(true);
        TextArea description = new TextArea(getTranslation("inspection.ncr.description"));
        description.setId("ncr-description");
        description.setWidth("32em");
        description.setMaxLength(500);
        CharacteristicLine line = form.characteristics().stream()
                .filter(c -> c.code().equals(result.characteristic())).findFirst().orElse(null);
        Formats formats = Formats.of(getLocale());
        if (result.value() != null && line != null && line.specification() != null) {
            Specification spec = line.specification();
            // the catalogue's own dimensional codes, when it has them, fit a value beyond a limit
            String suffix = result.value() > spec.usl() ? ".OVERSIZE" : ".UNDERSIZE";
            catalogue.stream().filter(c -> c.endsWith(suffix)).findFirst().ifPresent(code::setValue);
            description.setValue(getTranslation("inspection.ncr.describeValue", line.code(), line.name(),
                    formats.number(result.value(), 3), spec.unit(), formats.number(spec.lsl(), 3),
                    formats.number(spec.usl(), 3), form.operation().operationCode()));
        } else {
            result.defectCodes().stream().findFirst().ifPresent(code::setValue);
            description.setValue(getTranslation("inspection.ncr.describeAttribute", result.characteristic(),
                    String.join(", ", result.defectCodes()), form.operation().operationCode()));
        }
        add(new VerticalLayout(code, description));
        Button open = new Button(getTranslation("inspection.ncr.open"), click -> {
            try {
                long id = desk.openNcr(result.id(), code.getValue(), description.getValue()).id();
                close();
                UI.getCurrent().navigate("ncrs", QueryParameters.simple(Map.of("ncr", String.valueOf(id))));
            } catch (RuntimeException e) {
                Errors.show(this, e);
            }
        });
        open.setId("open-ncr-confirm");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), open);
    }
}
