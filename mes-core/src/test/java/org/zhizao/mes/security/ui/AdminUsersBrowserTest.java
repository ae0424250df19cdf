package org.zhizao.mes.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.BrowserTest;

@BrowserTest
class AdminUsersBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void adminCreatesAManagerWhoCanThenSignIn() {
        String name = "plant-manager-" + System.nanoTime() % 100_000;
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/users"));
            browser.waitFor(By.cssSelector("#new-username input")).sendKeys(name);
            browser.waitFor(By.cssSelector("#new-password input")).sendKeys("initial-pass");
            WebElement manager = browser.until(d -> d.findElements(By.cssSelector("#new-roles vaadin-checkbox")).stream()
                    .filter(c -> c.getText().equals("Manager")).findFirst().orElse(null));
            manager.click();
            browser.waitFor(By.id("create-user")).click();

            browser.until(d -> d.findElement(By.id("users-message")).getText().equals("User " + name + " was created."));
            browser.waitForVaadin();
            assertThat(browser.pageText()).contains(name);
            browser.screenshot("admin-users");

            browser.waitFor(By.id("logout")).click();
            browser.until(d -> d.getCurrentUrl().contains("/login"));
            browser.signIn(name, "initial-pass");
            browser.until(d -> d.getCurrentUrl().endsWith("/dashboard"));
            assertThat(browser.waitFor(By.id("current-user")).getText()).isEqualTo(name + " · Manager");
        }
    }
}
