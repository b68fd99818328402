package org.threepl.portal.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, pointed explicitly at /usr/bin/chromium and /usr/bin/chromedriver so
 * that nothing is ever downloaded. Without them the browser tests are skipped on a developer's machine, but fail in CI
 * (CI=true), where .ci/run installs them.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;
    private String journey;
    private int step;
    private final java.util.Set<String> journeyPages = new java.util.HashSet<>();
    private final java.util.List<String> journeyProblems = new java.util.ArrayList<>();

    public Browser() {
        boolean available = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!available) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: .ci/run installs Debian's chromium and chromium-driver");
            }
            Assumptions.abort("Browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
                    + "chromium-driver)");
        }
        try {
            profile = Files.createTempDirectory("portal-chromium");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setAcceptInsecureCerts(true); // the test server's self-signed certificate
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        // the browser's console (CSP refusals, script errors) is read by the page crawl
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--ignore-certificate-errors",
                "--window-size=1366,900",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(Http.testServer().resolve(path).toString());
    }

    public void signIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        // wait for the answer: another page, the second factor's page, or the sign-in page again with a message
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.getCurrentUrl().contains("login.xhtml")
                        || !d.findElements(By.id("code:otp")).isEmpty()
                        || !d.findElements(By.cssSelector("#login\\:messages li"))
                                .isEmpty());
        if (!driver.findElements(By.id("code:otp")).isEmpty() && Authenticator.knows(username)) {
            type("code:otp", Authenticator.nextCode(username));
            click("code:verify");
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !d.getCurrentUrl().contains("login.xhtml")
                            || !d.findElements(By.cssSelector("#code\\:messages li"))
                                    .isEmpty());
        }
    }

    /**
     * Clicks {@code trigger} and answers the confirmation dialog it opens (asked before every destructive action) with
     * yes. A click on a button that an ajax update is replacing opens nothing (CI saw it once), so the trigger is
     * clicked again when no dialog appears (unless the dialog came late). The dialog fades in above its mask: a click
     * in that instant lands on the mask (CI saw it once), so it is tried again until the button itself takes it.
     */
    public void confirmAfterClicking(By trigger) {
        // the previous confirmation is closed (the portal shows it without an effect, see layout.xhtml)
        dialogClosed();
        for (int attempt = 1; ; attempt++) {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                    .until(d -> {
                        if (!confirmationShown()) {
                            d.findElement(trigger).click();
                        }
                        return true;
                    });
            try {
                new WebDriverWait(driver, Duration.ofSeconds(6))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        confirm();
        dialogClosed();
    }

    /**
     * Answers yes the moment the confirmation appears, as a quick user does, and tells whether it came back within 1.5
     * s (a show effect once brought it back when the effect ended).
     */
    public boolean confirmationReturnsAfterAQuickYes(By trigger) {
        dialogClosed();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    d.findElement(trigger).click();
                    return true;
                });
        new WebDriverWait(driver, Duration.ofSeconds(6))
                .pollingEvery(Duration.ofMillis(5))
                .until(d -> confirmationShown());
        driver.findElement(By.id("confirmYes")).click();
        try {
            new WebDriverWait(driver, Duration.ofMillis(1500))
                    .pollingEvery(Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> confirmationShown());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private void dialogClosed() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !confirmationShown());
    }

    /** Whether the portal's confirmation dialog is on the screen. */
    public boolean confirmationShown() {
        return driver.findElements(By.id("confirmYes")).stream().anyMatch(WebElement::isDisplayed);
    }

    private void confirm() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement yes = d.findElement(By.id("confirmYes"));
                    if (!yes.isDisplayed() || !yes.isEnabled()) {
                        return false;
                    }
                    yes.click();
                    return true;
                });
    }

    public void type(String id, String text) {
        WebElement e = waitFor(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Types a date into a date picker and closes its calendar. An Escape pressed while the calendar is still opening is
     * ignored, and the open calendar then swallows the next click elsewhere (it moves the focus back to the field and
     * the page scrolls under the pointer): Escape is pressed until the calendar is gone.
     */
    public void typeDate(String pickerId, String date) {
        type(pickerId + "_input", date);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(300))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    boolean open =
                            d.findElements(By.id(pickerId + "_panel")).stream().anyMatch(WebElement::isDisplayed);
                    if (open) {
                        d.findElement(By.id(pickerId + "_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                    }
                    return !open;
                });
    }

    public void click(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits for the text in the element, read again while the page is being replaced (a reload, an ajax update). */
    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Waits until the page's main heading reads {@code expected} (pages change after a click, so an immediate read
     * could see the previous page), failing with the heading actually shown.
     */
    public void expectHeading(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> expected.equals(d.findElement(By.tagName("h1")).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, heading());
        }
        recordStep();
    }

    /**
     * Records the journey {@code name} from now on: each new page on which a heading is expected is photographed at
     * both widths ({@code journey-<name>-<step>-<page>}) and checked with axe-core; see
     * {@link #journeyAccessibility()}.
     */
    public void recordJourney(String name) {
        journey = name;
    }

    /** What axe-core found serious or critical on the pages of the journey so far, one line per page and rule. */
    public java.util.List<String> journeyAccessibility() {
        return java.util.List.copyOf(journeyProblems);
    }

    private void recordStep() {
        if (journey == null) {
            return;
        }
        String path = java.net.URI.create(driver.getCurrentUrl()).getPath();
        if (!journeyPages.add(path)) {
            return;
        }
        String page = path.replaceAll(".*/portal/", "").replace(".xhtml", "").replaceAll("[^A-Za-z0-9]+", "-");
        screenshots(String.format("journey-%s-%02d-%s", journey, ++step, page));
        accessibilityProblems().forEach(p -> journeyProblems.add(page + ": " + p));
    }

    /** The page's main heading, read again if the page is replaced while reading it. */
    public String heading() {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    WebElement h = d.findElement(By.tagName("h1"));
                    return h.isDisplayed() ? h.getText() : null;
                });
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for a downloaded file to be complete and returns its text. */
    public String downloaded(String fileName) {
        return new String(downloadedBytes(fileName), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Waits for a downloaded file to be complete and returns its bytes. */
    public byte[] downloadedBytes(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The browser console's warnings and errors since the last call: a Content Security Policy refusal or a script
     * error on a page shows up here.
     */
    public java.util.List<String> consoleProblems() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    /**
     * What axe-core finds on the current page that is serious or critical (WCAG 2.1 A and AA rules): one line per rule
     * with the first elements it concerns; empty when the page passes.
     */
    public java.util.List<String> accessibilityProblems() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " — "
                        + v.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
    }

    /** Whether a script opened an alert (the page ran script it should not have); dismisses it. */
    public boolean alertOpened() {
        try {
            driver.switchTo().alert().dismiss();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            return false;
        }
    }

    /**
     * Full-page screenshots of the current page at a desktop (1440 px) and a phone (390 px) width, kept under
     * target/screenshots as {@code <name>-1440.png} and {@code <name>-390.png} (for people to look at; nothing is
     * asserted on pixels). The window goes back to its width afterwards.
     */
    public void screenshots(String name) {
        for (int width : new int[] {1440, 390}) {
            screenshot(name + "-" + width, width);
        }
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /** One full-page screenshot at the desktop width, {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        screenshot(name, 1440);
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    private void screenshot(String file, int width) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        Object height = chrome.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        long h = Math.min(12_000, Math.max(900, ((Number) height).longValue()));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot",
                java.util.Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        java.util.Map.of("x", 0, "y", 0, "width", width, "height", h, "scale", 1)));
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(
                    dir.resolve(file + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Keeps a screenshot and the page source of a failed test under target/browser-failures. */
    public void saveEvidence(String testName) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(testName + ".png"), png);
            Files.writeString(dir.resolve(testName + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("Could not save browser evidence for " + testName + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            } catch (java.io.IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
