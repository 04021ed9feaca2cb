package cn.kepu.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium per test class, driven through /usr/bin/chromedriver so that Selenium Manager
 * never downloads anything. Without the browser installed the class fails, saying what to install, unless
 * {@code -Dkepu.browser.skip=true} asks to skip it.
 * Use: {@code @RegisterExtension static Browser browser = new Browser();} and {@code browser.at(port)}.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private ChromeDriver driver;
    private Path profile;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            // A suite that passes without its browser tests would pass without testing any page: skipping is asked for.
            String missing = "未安装 Debian 的 chromium 和 chromium-driver（apt-get install chromium chromium-driver fonts-wqy-microhei）";
            Assumptions.assumeFalse(Boolean.getBoolean("kepu.browser.skip"), "浏览器测试已按 -Dkepu.browser.skip=true 跳过：" + missing);
            throw new IllegalStateException("浏览器测试无法运行：" + missing + "；确需跳过时加 -Dkepu.browser.skip=true");
        }
        profile = Files.createTempDirectory("kepu-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Waits up to 30 seconds, looking every 25 ms: Selenium's default of 500 ms between looks would cost half a
     * second for nearly every step that waits for a page or an htmx swap. The limit is generous because CI shares two
     * cores between the app, the browser and the build — a wait that succeeds returns at once, only a failure pays it.
     * A failure says where the browser was and what the page said, so a timeout in CI can be read without a rerun.
     */
    public FluentWait<WebDriver> await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(25)).withMessage(this::whereAmI);
    }

    private String whereAmI() {
        try {
            String page = driver.findElement(By.tagName("body")).getText();
            return "at " + driver.getCurrentUrl() + ", the page reads: "
                    + (page.length() > 600 ? page.substring(0, 600) + "…" : page);
        } catch (WebDriverException gone) {
            return "at " + driver.getCurrentUrl();
        }
    }

    public Browser at(int port) {
        base = "http://localhost:" + port;
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Logs in through the login page, after logging out whoever was logged in. */
    public void login(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        WebElement button = driver.findElement(By.id("login-button"));
        button.click();
        // The next page (or the login page again, with its error) has replaced this one.
        await().until(d -> isGone(button));
    }

    /**
     * Whether the element's document has been replaced. Chromedriver reports that either as a stale element or,
     * mid-navigation, as "node does not belong to the document"; both mean the page has moved on.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** Presses a button below the fold: scrolls it into view and activates it from the keyboard. */
    public void press(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.sendKeys(Keys.ENTER);
    }

    /**
     * Clicks a checkbox or link wherever it is on the page: scrolled into view first, as a person would — at once, since
     * Bootstrap scrolls smoothly and a click during the scroll lands where the element was.
     */
    public void click(By locator) {
        click(driver.findElement(locator));
    }

    /** {@link #click(By)} for an element already found, such as a button in one table row. */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    public void type(By field, String text) {
        WebElement element = await()
                .until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    /** Waits for an element to show; a document replaced mid-look (navigation under load) is looked at again. */
    public WebElement waitFor(By locator) {
        return await().ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the browser has arrived at {@code path}. */
    public void waitForPath(String path) {
        await().until(d -> path().equals(path));
    }

    /** Waits for the text to show in the element; a document replaced mid-look (the next page arriving) is looked at again. */
    public void waitForText(By locator, String text) {
        await().ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Goes where a menu entry of the top bar leads, as a person does: opens its menu first when it sits in one
     * (考核评选, 资源库, 系统 …).
     */
    public void menu(String id) {
        WebElement entry = driver.findElement(By.id(id));
        if (!entry.isDisplayed()) {
            entry.findElement(By.xpath("ancestor::li[contains(@class,'dropdown')]/a[@data-bs-toggle='dropdown']")).click();
            await().until(ExpectedConditions.visibilityOf(entry));
        }
        entry.click();
    }

    /** Every entry of the top bar, those in its menus too: what this user is offered. */
    public List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#nav a.nav-link, #nav a.dropdown-item")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public String text(By locator) {
        return driver.findElement(locator).getText();
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for a person to look at. */
    public void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
