package org.zhizao.mes.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Browserless tests of the web UI's screens with Karibu-Testing: the real application context and its
 * database (the demo plant, products, orders and users), a mocked Vaadin servlet, and a signed-in user
 * with the roles a test chooses. Every view test shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = TestDatabase.class)
public abstract class ViewTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    protected void setUpVaadinAgain() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.zhizao.mes");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a user with these roles, as the form sign-in would, and returns to the start page. */
    protected void signIn(String username, String... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        User user = new User(username, "unused", authorities);
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> authorities.stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The path the UI shows now, e.g. "orders" or "login". */
    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
