package org.zhizao.mes.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.order.PlacingOrder;
import org.zhizao.mes.order.ReleasingOrder;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.BrowserTest;

@BrowserTest
class SchedulingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    PlacingOrder placing;

    @Autowired
    ReleasingOrder releasing;

    private OrderProgress.OrderSnapshot released(int quantity, int dueInDays, int priority, String customer) {
        OrderProgress.OrderSnapshot order = placing.place("GBX-SHAFT-40", quantity,
                LocalDate.now(ZoneOffset.UTC).plusDays(dueInDays), priority, customer, "browser test");
        return releasing.release(order.id(), "browser test");
    }

    @Test
    void supervisorSchedulesReleasedOrdersAndDispatchesThePlan() {
        OrderProgress.OrderSnapshot urgent = released(10, 1, 1, "BROWSER-PLAN-1");
        released(30, 5, 3, "BROWSER-PLAN-2");
        try (Browser browser = new Browser(port)) {
            browser.signIn("supervisor", "demo").open("scheduling");
            WebElement limit = browser.waitFor(By.id("time-limit"));
            browser.script("arguments[0].value = '4'; arguments[0].dispatchEvent(new Event('change'));", limit);
            browser.waitForVaadin();
            browser.waitFor(By.id("solve")).click();

            // pushed by the server while the solve runs
            String state = browser.until(d -> {
                String s = d.findElement(By.id("solve-status")).getAttribute("data-state");
                return "RUNNING".equals(s) || "FINISHED".equals(s) ? s : null;
            });
            if ("RUNNING".equals(state)) { // a slow machine may only see the end of a short solve
                browser.screenshot("supervisor-schedule-progress");
            }
            browser.until(d -> "FINISHED".equals(d.findElement(By.id("solve-status")).getAttribute("data-state")));
            browser.until(d -> !d.findElements(By.cssSelector("#gantt svg g[data-order]")).isEmpty());
            browser.waitForVaadin();
            assertThat(browser.driver().findElements(By.cssSelector("#gantt svg g[data-row]"))).hasSizeGreaterThan(5);
            assertThat(browser.pageText()).contains(urgent.number()).contains("Plan P1/F1/W1 v").contains("Draft");
            browser.screenshot("supervisor-schedule-gantt");

            browser.waitFor(By.id("dispatch")).click();
            browser.waitFor(By.id("confirm-dispatch")).click();
            browser.until(d -> "DISPATCHED".equals(d.findElement(By.id("plan-status")).getAttribute("data-status")));
            assertThat(browser.waitFor(By.id("plan-status")).getText()).startsWith("Dispatched").contains("supervisor");
            assertThat(browser.waitFor(By.id("dispatch")).getAttribute("disabled")).isNotNull();
            browser.screenshot("supervisor-schedule-dispatched");
        }
    }
}
