package org.zhizao.mes.quality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.BrowserTest;

/** An inspector in a real Chromium: a measurement out of its limits fails on sight, and an NCR follows. */
@BrowserTest
class InspectorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void inspectorRecordsAFailingMeasurementAndOpensAnNcr() {
        InspectionScenario scenario = new InspectionScenario(context);
        QualityOperation turning = scenario.startedTurning();
        // earlier measurements of the bearing seat, so the SPC chart has a history (fewer than its 20 baseline
        // subgroups, so no alert holds the operation)
        List<Double> history = new ArrayList<>();
        double[] wobble = {0.004, -0.003, 0.006, -0.001, 0.002, -0.006, 0.001, 0.005, -0.004, 0.003, -0.002, 0.0,
            0.007, -0.005, 0.002};
        for (double w : wobble) {
            history.add(40.0 + w);
        }
        scenario.measure(turning.getOperationId(), "D1", history);

        try (Browser browser = new Browser(port)) {
            browser.signIn("inspector", "demo");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/inspections");
            browser.waitFor(By.id("inspection-queue"));
            assertThat(browser.pageText()).contains(turning.getCode());

            browser.open("inspections?operation=" + turning.getOperationId());
            WebElement value = browser.waitFor(By.cssSelector("#value-D1 input"));
            value.sendKeys("40.06");
            browser.until(d -> "FAIL".equals(d.findElement(By.id("verdict-D1")).getText()) ? true : null);
            browser.screenshot("inspector-measurement-fail");

            browser.waitFor(By.id("save-results")).click();
            browser.waitForVaadin();
            // the results grid lies below the window's fold: click as a script, as a scrolled click would
            WebElement openNcr = browser.until(d -> d.findElement(By.cssSelector("vaadin-button.open-ncr")));
            browser.script("arguments[0].click()", openNcr);
            browser.waitForVaadin();
            browser.script("arguments[0].click()", browser.waitFor(By.id("open-ncr-confirm")));
            browser.until(d -> d.getCurrentUrl().contains("/ncrs") ? true : null);
            browser.waitFor(By.id("ncr-detail"));
            browser.until(d -> d.findElement(By.id("ncr-detail")).getText().contains("Open") ? true : null);
            String page = browser.pageText();
            assertThat(page).contains("NCR-", "Open", turning.getCode(), "40.060");
            browser.screenshot("inspector-ncr");

            browser.open("spc?characteristic=" + scenario.characteristicId("D1"));
            browser.waitFor(By.id("spc-location-chart"));
            assertThat(browser.waitFor(By.id("spc-cpk")).getText()).isNotBlank();
            assertThat(browser.pageText()).contains("UCL", "Cpk");
            browser.screenshot("inspector-spc");
        }
    }
}
