package org.zhizao.mes.quality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/** A refused action as the user reads it: the rule's own reason, never a stack trace. */
final class Errors {

    private Errors() {
    }

    static String message(Component view, RuntimeException e) {
        if (e instanceof RuleViolation || e instanceof InvalidInput || e instanceof NotFound) {
            return view.getTranslation("common.error", e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return view.getTranslation("common.error", view.getTranslation("inspection.denied"));
        }
        throw e;
    }

    /** Shows the reason in an error notification; rethrows what is not a domain refusal. */
    static void show(Component view, RuntimeException e) {
        Notification shown = Notification.show(message(view, e), 8000, Notification.Position.MIDDLE);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
