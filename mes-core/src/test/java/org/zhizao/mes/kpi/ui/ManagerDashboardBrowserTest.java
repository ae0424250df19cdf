package org.zhizao.mes.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.BrowserTest;

@BrowserTest
class ManagerDashboardBrowserTest {

    private static final String STATION = "P1/F1/W1/L1/S03";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Clicks in the page: the grid's rows scroll inside the layout, out of the driver's reach. */
    private static void click(Browser browser, By by) {
        WebElement element = browser.waitFor(by);
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static String breadcrumb(Browser browser) {
        // its text content: the layout may have scrolled it out of sight
        Object text = browser.script("const b = document.getElementById('dashboard-breadcrumb');"
                + " return b ? b.textContent : '';");
        return String.valueOf(text).replaceAll("\\s+", " ").trim();
    }

    @Test
    void managerDrillsDownFromTheParkToAStation() {
        new ShopFloorRecordsFixture(jdbc)
                .counted(STATION + "/CNC", 57, 3, Duration.ofMinutes(25))
                .drew(STATION + "/EM", 12, Duration.ofMinutes(20))
                .was(STATION + "/CNC", "UNPLANNED_DOWN", "TOOLING", Duration.ofMinutes(50), Duration.ofMinutes(8));
        try (Browser browser = new Browser(port)) {
            browser.signIn("manager", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/dashboard"));
            browser.open("dashboard?period=LAST_7_DAYS");
            assertThat(breadcrumb(browser)).isEqualTo("Suzhou Zhizao Industrial Park");
            browser.waitFor(By.id("drill-F2"));
            browser.screenshot("manager-dashboard-park");

            List<String> crumbs = List.of("Precision Machining Plant", "CNC Machining Workshop", "CNC Machining line 1",
                    "S03 Horizontal machining centre");
            List<String> codes = List.of("F1", "W1", "L1", "S03");
            for (int i = 0; i < codes.size(); i++) {
                click(browser, By.id("drill-" + codes.get(i)));
                String expected = crumbs.get(i);
                try {
                    browser.until(d -> breadcrumb(browser).endsWith(expected));
                } catch (RuntimeException e) {
                    browser.screenshot("manager-dashboard-failed");
                    throw e;
                }
                browser.waitForVaadin();
            }

            browser.script("document.getElementById('dashboard-breadcrumb').scrollIntoView()");
            assertThat(browser.driver().getCurrentUrl()).contains("/dashboard/P1/F1/W1/L1/S03");
            assertThat(breadcrumb(browser)).isEqualTo("Suzhou Zhizao Industrial Park › Precision Machining Plant › "
                    + "CNC Machining Workshop › CNC Machining line 1 › S03 Horizontal machining centre");
            assertThat(browser.waitFor(By.id("kpi-good")).getText()).isEqualTo("57");
            assertThat(browser.waitFor(By.id("kpi-scrap")).getText()).isEqualTo("3");
            assertThat(browser.waitFor(By.id("kpi-scrapRate")).getText()).isEqualTo("5.0%");
            assertThat(browser.waitFor(By.id("kpi-energyPerUnit")).getText()).isEqualTo("0.21 kWh");
            assertThat(browser.waitFor(By.id("dashboard-pareto")).getText()).contains("Tool breakage or wear");
            browser.screenshot("manager-dashboard-station");
        }
    }
}
