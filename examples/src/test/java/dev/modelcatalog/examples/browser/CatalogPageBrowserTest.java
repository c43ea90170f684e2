package dev.modelcatalog.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelcatalog.examples.SampleCatalog;
import dev.modelcatalog.examples.server.ModelServer;
import dev.modelcatalog.examples.server.ServerConfig;
import dev.modelcatalog.runtime.Capability;
import dev.modelcatalog.runtime.ModelDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalog page in a real headless Chromium, asserting on what a person sees. Chromium and ChromeDriver come
 * from the system's packages at fixed paths, so nothing is downloaded at run time. Without them the tests are
 * skipped, except in CI ({@code CI=true}), where they must run. Each state is saved as a screenshot under
 * {@code target/screenshots/}.
 */
class CatalogPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static ModelServer server;
  private static WebDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true requires the browser tests: " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing; install them with: apt-get install -y chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
        + " not found; install them with 'apt-get install -y chromium chromium-driver' to run these tests");
    server = ModelServer.start(SampleCatalog.registry(), ServerConfig.local(0));
    // An explicit driver path keeps Selenium Manager from looking for (and downloading) a driver.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("catalog-page-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    browser = new ChromeDriver(options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void open() {
    browser.get(server.baseUrl() + "/");
    waitUntil(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  @Test
  void page_showsOneRowPerModel() throws IOException {
    assertEquals(SampleCatalog.models().size(), rows().size());
    assertTrue(browser.findElement(By.id("summary")).getText().startsWith(SampleCatalog.models().size() + " of "));
    screenshot("01-all-models");
  }

  @Test
  void capabilityFilter_narrowsTheRows() throws IOException {
    browser.findElement(By.id("cap-vision")).click();
    long vision = SampleCatalog.models().stream().filter(m -> m.has(Capability.VISION)).count();
    waitUntil(() -> rows().size() == vision);
    assertTrue(vision < SampleCatalog.models().size());
    for (WebElement row : rows()) {
      String id = row.getAttribute("data-id");
      assertTrue(model(id).has(Capability.VISION), id + " shown under the vision filter");
    }
    screenshot("02-vision-filter");
  }

  @Test
  void providerFilterAndSort_showThatProvidersModelsInContextOrder() throws IOException {
    new Select(browser.findElement(By.id("provider-filter"))).selectByValue("openai");
    browser.findElement(By.cssSelector("th[data-key=context]")).click();
    browser.findElement(By.cssSelector("th[data-key=context]")).click();
    List<String> expected = SampleCatalog.models().stream().filter(m -> m.ownedBy().equals("openai"))
        .sorted(Comparator.comparingInt(ModelDefinition::contextWindow).reversed()
            .thenComparing(ModelDefinition::id))
        .map(ModelDefinition::id).toList();
    waitUntil(() -> rows().size() == expected.size());
    assertEquals(expected, rows().stream().map(r -> r.getAttribute("data-id")).toList());
    assertEquals("descending", browser.findElement(By.cssSelector("th[data-key=context]")).getAttribute("aria-sort"));
    screenshot("03-openai-by-context");
  }

  @Test
  void fuzzySearch_showsTheRightModelAndDidYouMean() throws IOException {
    WebElement box = browser.findElement(By.id("search"));
    box.sendKeys("gtp-4o");
    browser.findElement(By.id("search-button")).click();
    waitUntil(() -> browser.findElement(By.id("resolution")).isDisplayed());
    assertTrue(browser.findElement(By.id("best-match")).getText().contains("gpt-4o"),
        browser.findElement(By.id("best-match")).getText());
    WebElement didYouMean = browser.findElement(By.id("did-you-mean"));
    assertTrue(didYouMean.isDisplayed());
    assertTrue(didYouMean.getText().startsWith("Did you mean: gpt-4o"), didYouMean.getText());
    WebElement match = browser.findElement(By.cssSelector("tr.match"));
    assertEquals("gpt-4o", match.getAttribute("data-id"));
    screenshot("04-fuzzy-search");
  }

  @Test
  void unknownModelSearch_offersSuggestionsThatSearchAgain() throws IOException {
    browser.findElement(By.id("search")).sendKeys("claude-3-5-sonet-xl\n");
    waitUntil(() -> browser.findElement(By.id("did-you-mean")).isDisplayed());
    assertTrue(browser.findElement(By.id("best-match")).getText().startsWith("No model is called"));
    browser.findElement(By.cssSelector("#suggestions a[data-id='claude-3-5-sonnet']")).click();
    waitUntil(() -> !browser.findElements(By.cssSelector("tr.match[data-id='claude-3-5-sonnet']")).isEmpty());
    screenshot("05-suggestion-followed");
  }

  @Test
  void detailView_showsMoeLatencyAndRoutes() throws IOException {
    browser.findElement(By.cssSelector("tr[data-id='mistralai/Mixtral-8x7B-Instruct-v0.1']")).click();
    waitUntil(() -> browser.findElement(By.id("detail")).isDisplayed());
    ModelDefinition mixtral = model("mistralai/Mixtral-8x7B-Instruct-v0.1");
    String moe = browser.findElement(By.id("detail-moe")).getText();
    assertTrue(moe.contains(mixtral.moe().orElseThrow().numExperts() + " ("
        + mixtral.moe().orElseThrow().expertsPerToken() + " per token)"), moe);
    assertTrue(browser.findElement(By.id("detail-latency")).getText().contains("Time to first token"));
    List<String> platforms = browser.findElements(By.cssSelector("#detail-routes tbody tr td:first-child"))
        .stream().map(WebElement::getText).toList();
    assertEquals(SampleCatalog.registry().routes(mixtral.id()).stream().map(r -> r.platform()).toList(), platforms);
    assertTrue(browser.findElement(By.id("detail-routes")).getText().contains("not used"), "the route in"
        + " maintenance is shown as not used");
    screenshot("06-detail-view");
  }

  @Test
  void detailView_modelWithoutRoutes_saysSo() throws IOException {
    browser.findElement(By.cssSelector("tr[data-id='gpt-4o-mini']")).click();
    waitUntil(() -> browser.findElement(By.id("detail")).isDisplayed()
        && "gpt-4o-mini".equals(browser.findElement(By.id("detail-id")).getText()));
    assertTrue(browser.findElements(By.cssSelector("#detail-routes tbody tr")).isEmpty());
    assertTrue(browser.findElement(By.id("detail-no-routes")).isDisplayed());
    screenshot("07-detail-without-routes");
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#models tbody tr"));
  }

  private static ModelDefinition model(String id) {
    return SampleCatalog.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> condition.getAsBoolean());
  }

  private static void screenshot(String name) throws IOException {
    Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
