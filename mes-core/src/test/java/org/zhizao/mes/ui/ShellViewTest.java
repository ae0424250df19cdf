package org.zhizao.mes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.support.ViewTest;

class ShellViewTest extends ViewTest {

    @Test
    void anAnonymousVisitorIsSentToTheSignInPage() {
        navigate("");
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void theHeaderNamesTheSignedInUserAndRole() {
        signIn("manager", "MANAGER");
        navigate("probe");
        System.out.println("PATH " + currentPath());
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
                .isEqualTo("manager · Manager");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).doesNotContain("!nav.logout");
    }
}
