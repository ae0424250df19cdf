package org.zhizao.mes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.BrowserTest;

@BrowserTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aWrongPasswordKeepsTheUserOnTheSignInPageWithAnError() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("manager", "wrong");
            assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
            assertThat(browser.waitFor(By.tagName("vaadin-login-form")).getAttribute("error")).isEqualTo("true");
            browser.screenshot("sign-in-error");
        }
    }

    @Test
    void aSignedInUserSeesTheirNameAndRoleAndCanSignOut() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("manager", "demo").open("dashboard");
            assertThat(browser.waitFor(By.id("current-user")).getText()).isEqualTo("manager · Manager");
            browser.screenshot("signed-in");
            browser.waitFor(By.id("logout")).click();
            browser.until(d -> d.getCurrentUrl().contains("/login"));
            browser.open("dashboard");
            assertThat(browser.driver().getCurrentUrl()).contains("/login");
        }
    }
}
