package org.zhizao.mes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhizao.mes.support.ViewTest;

class ShellViewTest extends ViewTest {

    @Autowired
    UserLanguages languages;

    @Test
    void anAnonymousVisitorIsSentToTheSignInPage() {
        navigate("");
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void theHeaderNamesTheSignedInUserAndRole() {
        signIn("manager", "MANAGER");
        navigate("dashboard");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
                .isEqualTo("manager · Manager");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Sign out");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUserWhoChoosesChineseSeesChineseInTheNextSession() {
        signIn("inspector", "INSPECTOR");
        navigate("spc");
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language"));
        _setValue(language, Messages.CHINESE);
        assertThat(languages.of("inspector")).contains(Messages.CHINESE);

        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        setUpVaadinAgain();
        signIn("inspector", "INSPECTOR");
        navigate("spc");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Messages.CHINESE);
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("inspector · 质检员");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("退出");
        languages.choose("inspector", Messages.ENGLISH);
    }
}
