package org.zhizao.mes.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.BrowserTest;

/** A shift supervisor imports orders from a CSV file in a real browser and finds them in the backlog. */
@BrowserTest
class OrderImportBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void supervisorImportsOrdersFromACsvAndSeesThemInTheBacklog() throws Exception {
        String tag = "SO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate due = LocalDate.now().plusDays(10);
        Path file = Files.createTempFile("orders-", ".csv");
        Files.writeString(file, "orderNumber,product,quantity,dueDate,priority,customer\n"
                + tag + "-1,GBX-SHAFT-40,120," + due + ",2,SAIC-" + tag + "\n"
                + tag + "-2,NO-SUCH-PART,10," + due + ",3,FAW-" + tag + "\n"
                + tag + "-3,BRK-W-220,-5," + due.plusDays(2) + ",3,XCMG-" + tag + "\n"
                + tag + "-4,PMP-CP-50,40," + due.plusDays(3) + ",1,GRUNDFOS-" + tag + "\n", StandardCharsets.UTF_8);
        try (Browser browser = new Browser(port)) {
            browser.signIn("supervisor", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/orders"));
            browser.waitFor(By.id("orders-grid"));

            browser.waitFor(By.id("orders-import")).click();
            WebElement upload = browser.waitFor(By.id("import-upload"));
            fileInput(upload).sendKeys(file.toAbsolutePath().toString());
            WebElement summary = browser.until(d -> {
                WebElement s = d.findElement(By.id("import-summary"));
                return s.getText().isBlank() ? null : s;
            });
            browser.waitForVaadin();
            assertThat(summary.getText()).startsWith("4 rows read: 2 with problems").contains("Nothing has been imported");
            assertThat(cells(browser, "import-problems")).contains("There is no product NO-SUCH-PART.",
                    "Quantity -5 is not between 1 and 1000000.");
            browser.screenshot("supervisor-import-report");

            WebElement importValid = browser.waitFor(By.id("import-valid"));
            assertThat(importValid.getText()).isEqualTo("Import the 2 valid rows");
            importValid.click();
            browser.until(d -> d.findElements(By.id("import-dialog")).isEmpty());
            browser.waitForVaadin();

            browser.waitFor(By.cssSelector("#orders-filter-text input")).sendKeys(tag);
            // the search applies after a short pause in typing: wait until the grid holds the two imported orders
            browser.until(d -> Long.valueOf(2).equals(browser.script(
                    "return document.getElementById('orders-grid').size;")) ? true : null);
            browser.waitForVaadin();
            List<String> cells = cells(browser, "orders-grid");
            assertThat(cells).contains(tag + "-1", "GBX-SHAFT-40", "SAIC-" + tag, tag + "-4", "PMP-CP-50",
                    "GRUNDFOS-" + tag, "Created").doesNotContain(tag + "-2", tag + "-3");
            browser.screenshot("supervisor-orders");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The file input of a vaadin-upload: in its light DOM or its shadow root, depending on the version. */
    private static WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.get(0);
    }

    /** The texts of a grid's rendered cells. */
    @SuppressWarnings("unchecked")
    private static List<String> cells(Browser browser, String gridId) {
        return (List<String>) browser.script("const g = document.getElementById(arguments[0]);"
                + "return g ? Array.from(g.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent.trim()).filter(t => t.length > 0) : [];", gridId);
    }
}
