package org.zhizao.mes.quality.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import org.zhizao.mes.quality.domain.DefectCodes;
import org.zhizao.mes.quality.domain.PhysicalUnits;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.inspection.Characteristic;
import org.zhizao.mes.quality.inspection.PlanRequests;
import org.zhizao.mes.quality.ui.InspectionViews.CharacteristicLine;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.ui.Formats;

/**
 * One characteristic on the inspection form. A variable one shows its specification and judges the
 * value as it is typed, with the same rule the server applies when it is saved; an attribute one is
 * judged pass or fail, a failure naming the defect codes its plan allows.
 */
class CharacteristicEntry extends Composite<Div> {

    private final CharacteristicLine line;
    private final Span verdict = new Span();
    private final Span hint = new Span();
    private NumberField value;
    private RadioButtonGroup<Boolean> judgement;
    private MultiSelectComboBox<String> defects;

    CharacteristicEntry(CharacteristicLine line, List<String> catalogue) {
        this.line = line;
        Formats formats = Formats.of(getLocale());
        Div root = getContent();
        root.addClassName("characteristic-entry");
        root.setId("characteristic-" + line.code());
        Span title = new Span(line.code() + " · " + line.name()
                + (line.required() ? "" : " (" + getTranslation("inspection.optional") + ")"));
        title.addClassName("characteristic-title");
        Span counted = new Span(getTranslation("inspection.recorded", line.recorded(), line.needed()));
        counted.addClassName("characteristic-count");
        verdict.setId("verdict-" + line.code());
        verdict.addClassName("verdict");
        hint.addClassName("verdict-hint");
        HorizontalLayout input = new HorizontalLayout();
        input.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (line.kind() == Characteristic.Kind.VARIABLE) {
            Specification spec = line.specification();
            Span limits = new Span(getTranslation("inspection.spec", formats.number(spec.nominal(), 3),
                    formats.number(spec.lsl(), 3), formats.number(spec.usl(), 3), spec.unit(),
                    line.gauge() == null ? "–" : line.gauge()));
            limits.setId("spec-" + line.code());
            limits.addClassName("characteristic-spec");
            value = new NumberField(getTranslation("inspection.value", spec.unit()));
            value.setId("value-" + line.code());
            value.setValueChangeMode(ValueChangeMode.EAGER);
            value.setSuffixComponent(new Span(spec.unit()));
            value.addValueChangeListener(e -> judgeValue());
            input.add(value, verdict, hint);
            root.add(title, counted, limits, input);
        } else {
            judgement = new RadioButtonGroup<>(getTranslation("inspection.judgement"));
            judgement.setId("judgement-" + line.code());
            judgement.setItems(true, false);
            judgement.setItemLabelGenerator(p -> getTranslation(p ? "inspection.pass" : "inspection.fail"));
            defects = new MultiSelectComboBox<>(getTranslation("inspection.defectCodes"));
            defects.setId("defects-" + line.code());
            defects.setItems(catalogue.stream().filter(this::allowed).toList());
            defects.setEnabled(false);
            judgement.addValueChangeListener(e -> judgeAttribute());
            defects.addValueChangeListener(e -> judgeAttribute());
            Span allowed = new Span(getTranslation("inspection.allowedCodes", line.allowedDefectCodes().isEmpty()
                    ? getTranslation("inspection.anyCode") : String.join(", ", line.allowedDefectCodes())));
            allowed.addClassName("characteristic-spec");
            input.add(judgement, defects, verdict);
            root.add(title, counted, allowed, input);
        }
    }

    private boolean allowed(String code) {
        return line.allowedDefectCodes().isEmpty()
                || line.allowedDefectCodes().stream().anyMatch(a -> DefectCodes.isUnder(code, a));
    }

    private void judgeValue() {
        Double v = value.getValue();
        hint.setText("");
        if (v == null) {
            show(null);
            return;
        }
        Specification spec = line.specification();
        if (PhysicalUnits.possible(v, spec.unit()) instanceof Decision.Rejected impossible) {
            show(null);
            hint.setText(impossible.reason());
            return;
        }
        show(spec.conforms(v));
    }

    private void judgeAttribute() {
        boolean failed = Boolean.FALSE.equals(judgement.getValue());
        defects.setEnabled(failed);
        if (!failed && !defects.getValue().isEmpty()) {
            defects.clear();
        }
        show(judgement.getValue());
    }

    private void show(Boolean passed) {
        verdict.removeClassNames("verdict-pass", "verdict-fail");
        if (passed == null) {
            verdict.setText("");
            return;
        }
        verdict.setText(getTranslation(passed ? "inspection.pass" : "inspection.fail"));
        verdict.addClassName(passed ? "verdict-pass" : "verdict-fail");
    }

    /** The result to record, or empty when nothing was entered for this characteristic. */
    Optional<PlanRequests.NewResult> result(String unitIdentifier, String note) {
        if (value != null) {
            return Optional.ofNullable(value.getValue()).map(v -> new PlanRequests.NewResult(line.code(), v, null,
                    null, unitIdentifier, note));
        }
        if (judgement.getValue() == null) {
            return Optional.empty();
        }
        List<String> codes = List.copyOf(defects.getValue());
        return Optional.of(new PlanRequests.NewResult(line.code(), null, judgement.getValue(),
                codes.isEmpty() ? null : codes, unitIdentifier, note));
    }

    /** The pass/fail shown now: "PASS", "FAIL" or empty. */
    String verdictText() {
        return verdict.getText();
    }
}
