package org.zhizao.mes.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A question with a confirm and a cancel button; the action runs only on confirm. */
final class ConfirmationDialog {

    private ConfirmationDialog() {
    }

    static Dialog ask(String title, String question, String confirmId, Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(question));
        Button confirm = new Button(title, e -> {
            dialog.close();
            onConfirm.run();
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(dialog.getTranslation("common.cancel"), e -> dialog.close());
        cancel.setId(confirmId + "-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
