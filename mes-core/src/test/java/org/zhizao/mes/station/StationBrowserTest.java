package org.zhizao.mes.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.execution.MachineJobs;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.BrowserTest;

@BrowserTest
class StationBrowserTest {

    private static final String STATION = "P1/F1/W1/L1/S02";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MachineJobs machines;

    @Autowired
    EquipmentFeed feed;

    @Test
    void operatorStartsAnOperationAcknowledgesItsStepsAndCompletesIt() {
        OperationView op = new StationFixture(context).dispatched(StationFixture.SHAFT, "MILLING", STATION);
        try (Browser browser = new Browser(port)) {
            browser.signIn("operator", "demo");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/station");
            browser.open("station/" + STATION);
            if (!text(browser, "station-op-code").equals(op.code())) {
                click(browser, "station-choose-" + op.id());
            }
            browser.until(d -> text(browser, "station-op-code").equals(op.code()));
            assertThat(text(browser, "station-op-status")).isEqualTo("Ready to start");
            browser.screenshot("operator-terminal");

            click(browser, "station-start");
            browser.until(d -> text(browser, "station-op-status").equals("Running"));
            // the machine counts parts, credited to the running operation; the terminal follows without a click
            machines.credit(STATION, op.code(), 4, 1, "machine under test");
            feed.publish(new ShopFloorChange("count:" + STATION, "count",
                    Map.of("station", STATION, "good", 4, "scrap", 1), Instant.now()));
            browser.until(d -> text(browser, "station-good").equals("4"));
            assertThat(text(browser, "station-scrap")).isEqualTo("1");

            click(browser, "station-ack-next");
            browser.until(d -> text(browser, "station-step-state-1").startsWith("Done by operator"));
            click(browser, "station-ack-next");
            browser.until(d -> text(browser, "station-step-state-2").startsWith("Done by operator"));
            browser.screenshot("operator-steps-done");

            click(browser, "station-complete");
            browser.until(d -> text(browser, "station-op-status").equals("Completed"));
            assertThat(browser.pageText()).contains(op.code(), "Completed", "Set up keyway fixture",
                    "Gauge keyway width");
            assertThat(text(browser, "station-good")).isEqualTo("4");
            assertThat(text(browser, "station-scrap")).isEqualTo("1");
        }
    }

    /** The element's text, read in the page so that a panel redrawn meanwhile never fails the read. */
    private static String text(Browser browser, String id) {
        return browser.until(d -> (String) browser.script(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null;", id));
    }

    private static void click(Browser browser, String id) {
        browser.waitFor(By.id(id)).click();
        browser.waitForVaadin();
    }
}
