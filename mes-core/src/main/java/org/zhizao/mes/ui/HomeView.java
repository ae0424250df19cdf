package org.zhizao.mes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/** The start page sends each user to the main screen of their role. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** The first screen of each role, in the order a user with several roles is sent. */
    static final Map<String, String> START = new LinkedHashMap<>();

    static {
        START.put("ADMIN", "users");
        START.put("SUPERVISOR", "orders");
        START.put("MANAGER", "dashboard");
        START.put("INSPECTOR", "inspections");
        START.put("OPERATOR", "station");
    }

    private final AuthenticationContext auth;

    public HomeView(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        START.entrySet().stream().filter(e -> auth.hasRole(e.getKey())).findFirst()
                .ifPresent(e -> event.forwardTo(e.getValue()));
    }
}
