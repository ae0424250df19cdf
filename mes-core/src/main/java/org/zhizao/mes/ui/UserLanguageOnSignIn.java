package org.zhizao.mes.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Once a user is signed in, the session speaks the language that user chose last time. */
@Component
class UserLanguageOnSignIn implements VaadinServiceInitListener {

    private static final String LOADED = "zhizao.language.loaded";

    private final UserLanguages languages;

    UserLanguageOnSignIn(UserLanguages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            VaadinSession session = init.getUI().getSession();
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user == null || !user.isAuthenticated() || session.getAttribute(LOADED) != null
                    || "anonymousUser".equals(user.getName())) {
                return;
            }
            session.setAttribute(LOADED, user.getName());
            languages.of(user.getName()).ifPresent(locale -> {
                session.setLocale(locale);
                init.getUI().setLocale(locale);
            });
        }));
    }
}
