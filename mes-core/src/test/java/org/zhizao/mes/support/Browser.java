package org.zhizao.mes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver (given by path, so Selenium never downloads one),
 * headless, against the application under test. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        this(port, "en-US");
    }

    public Browser(int port, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("zhizao.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + language, "--window-size=1400,1000");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("zhizao.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        this.baseUrl = "http://localhost:" + port + "/";
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
        return this;
    }

    /** Signs in through the sign-in form and waits for the start page of the user's role. */
    public Browser signIn(String username, String password) {
        open("login");
        WebElement form = waitFor(By.tagName("vaadin-login-form"));
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        until(d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
        waitForVaadin();
        return this;
    }

    public WebElement waitFor(By by) {
        return until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    /** Waits until the Vaadin client has no request in flight. */
    public void waitForVaadin() {
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return document.readyState === 'complete';"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());"));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The text of the page's visible body, to assert on what the user sees. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
