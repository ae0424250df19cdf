package org.zhizao.mes.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Form sign-in for the web UI; every view names the roles that may open it ({@code @RolesAllowed}).
 * The API keeps its own HTTP Basic chain, which is matched first.
 */
@Configuration
class UiSecurityConfig extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
    }
}
