package findings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in a real headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded). */
class SearchPageBrowserTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static SeedServer server;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
    }
    Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
    server = new SeedServer(tmp);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort()
        // The driver's profile and Chromium's socket folder go with the class's other scratch, not into /tmp for good.
        .withEnvironment(Map.of("TMPDIR", tmp.toString())).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  @BeforeEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  private String status() {
    return driver.findElement(By.id("status")).getText();
  }

  private void waitForStatus(String contains) {
    wait.until(d -> status().contains(contains));
  }

  private List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#hits li.hit"));
  }

  private void search(String query) {
    driver.get(server.base + "/");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys(query);
    box.sendKeys(Keys.ENTER);
    waitForStatus("“" + query + "”");
    wait.until(d -> !status().startsWith("Searching"));
  }

  /** The total the API gives for a query string, which the page must show. */
  private static long total(String queryString) throws Exception {
    var r = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base + "/api/search?" + queryString)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return findings.model.Json.MAPPER.readTree(r.body()).get("total").asLong();
  }

  @Test
  void typeAQueryTickAGradeSeeResultsNarrowAndComeBackByUrlAndHistory() throws Exception {
    long all = total("q=respite+care");
    long good = total("q=respite+care&grade=Good");
    long outstanding = total("q=respite+care&grade=Outstanding");
    assertTrue(good > 0 && good < all, good + " of " + all);
    search("respite care");
    waitForStatus(all + " paragraphs match");
    assertEquals(Math.min(20, all), hits().size());
    String unfiltered = driver.getCurrentUrl();
    assertTrue(unfiltered.contains("q=respite+care"), unfiltered);

    WebElement goodBox = driver.findElement(By.xpath("//fieldset[legend='Grade']//label[starts-with(normalize-space(.), 'Good ')]"));
    goodBox.click();
    waitForStatus(good + " paragraphs match");
    assertEquals(Math.min(20, good), hits().size());
    for (WebElement hit : hits()) assertEquals("Good", hit.findElement(By.cssSelector(".badge")).getText());
    assertTrue(driver.getCurrentUrl().contains("grade=Good"));
    assertEquals(1, driver.findElements(By.cssSelector("#chips .chip")).size(), "the chosen filter shows as a chip");
    // Multi-select: Outstanding is still offered with its count while Good is chosen.
    assertTrue(driver.findElement(By.id("facets")).getText().contains("Outstanding (" + outstanding + ")"));

    // A copied URL reproduces the view.
    String filtered = driver.getCurrentUrl();
    String firstHit = hits().get(0).getAttribute("data-id");
    driver.get("about:blank");
    driver.get(filtered);
    waitForStatus(good + " paragraphs match");
    assertEquals(firstHit, hits().get(0).getAttribute("data-id"));
    assertTrue(driver.findElement(By.id(checkboxId("grade", "Good"))).isSelected());

    // A value typed in the address as a person types it is read as the facet's: its box ticked, its chip and the
    // address corrected.
    driver.get(filtered.replace("grade=Good", "grade=good"));
    waitForStatus(good + " paragraphs match");
    assertTrue(driver.findElement(By.id(checkboxId("grade", "Good"))).isSelected());
    assertTrue(driver.findElement(By.cssSelector("#chips .chip")).getText().contains("Good"));
    wait.until(d -> d.getCurrentUrl().contains("grade=Good"));

    // Back and Forward move between views.
    driver.navigate().to(unfiltered);
    waitForStatus(all + " paragraphs match");
    driver.navigate().back();
    waitForStatus(good + " paragraphs match");
    driver.navigate().forward();
    waitForStatus(all + " paragraphs match");

    // Removing the chip, then "clear all".
    driver.get(filtered);
    waitForStatus(good + " paragraphs match");
    driver.findElement(By.cssSelector("#chips .chip")).click();
    waitForStatus(all + " paragraphs match");
    assertFalse(driver.getCurrentUrl().contains("grade="));
  }

  private String checkboxId(String facet, String value) {
    for (WebElement box : driver.findElements(By.cssSelector("#facets input[name='" + facet + "']"))) {
      if (box.getAttribute("value").equals(value)) return box.getAttribute("id");
    }
    throw new AssertionError("no checkbox " + facet + "=" + value);
  }

  @Test
  void copyCitationGivesTheCitationWithAWorkingPermalink() throws Exception {
    search("unaccompanied asylum seekers");
    WebElement p23 = hits().stream().filter(h -> h.getAttribute("data-id").endsWith("review-2007-12-21/23")).findFirst().orElseThrow();
    p23.findElement(By.cssSelector(".copy-cite")).click();
    WebElement copied = p23.findElement(By.cssSelector(".copied"));
    wait.until(d -> !copied.getText().isBlank());
    String citation = p23.getAttribute("data-citation");
    assertEquals("Joint area review: City of London (Ofsted, published 21 December 2007), paragraph 23. "
        + server.base + "/p/city-of-london-joint-area-review-2007-12-21/23", citation);
    assertTrue(copied.getText().equals("Citation copied") || copied.getText().equals(citation), copied.getText());
    // Whatever the clipboard holds, the link in it works: it lands on the marked paragraph.
    String link = citation.substring(citation.indexOf(server.base));
    driver.get(link);
    assertLandedOn("p23");
  }

  @Test
  void openInReportLandsOnTheMarkedParagraphAndStepsToItsNeighbours() {
    search("unaccompanied asylum seekers");
    WebElement p23 = hits().stream().filter(h -> h.getAttribute("data-id").endsWith("review-2007-12-21/23")).findFirst().orElseThrow();
    p23.findElement(By.cssSelector(".open-report")).click();
    assertLandedOn("p23");
    driver.findElement(By.id("next-para")).click();
    assertLandedOn("p24");
    driver.findElement(By.id("prev-para")).click();
    assertLandedOn("p23");
  }

  private void assertLandedOn(String anchor) {
    wait.until(d -> d.getCurrentUrl().endsWith("#" + anchor));
    WebElement para = driver.findElement(By.id(anchor));
    wait.until(d -> para.getAttribute("class").contains("marked"));
    Boolean visible = (Boolean) ((JavascriptExecutor) driver).executeScript(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", para);
    assertTrue(visible, anchor + " is scrolled into view");
    String background = para.getCssValue("background-color");
    assertFalse(background.equals("rgba(0, 0, 0, 0)"), "the paragraph is visibly marked");
  }

  @Test
  void emptyResultsSayWhyAndABadQueryShowsTheServersMessage() throws Exception {
    driver.get(server.base + "/?q=zzzzqqq&authority=Havering");
    waitForStatus("No paragraphs match");
    assertTrue(driver.findElement(By.cssSelector("#hits .empty")).getText().contains("Try removing a filter"));
    driver.findElement(By.cssSelector("#hits .suggest-remove")).click();
    wait.until(d -> !d.getCurrentUrl().contains("authority="));

    // Where no paragraph has every word, the same words with OR are offered, and lead to the paragraphs with any.
    long any = total("q=fostering+OR+zzzqqq");
    assertTrue(any > 0);
    search("fostering zzzqqq");
    waitForStatus("No paragraphs match");
    WebElement anyWords = driver.findElement(By.cssSelector("#hits .empty a.any-words"));
    assertEquals("fostering OR zzzqqq", anyWords.getText());
    anyWords.click();
    waitForStatus(any + (any == 1 ? " paragraph matches" : " paragraphs match") + " “fostering OR zzzqqq”");
    assertTrue(driver.getCurrentUrl().contains("q=fostering+OR+zzzqqq"), driver.getCurrentUrl());

    // And which word stands in the way: the others without it are one click away.
    search("are disabled children getting short breaks");
    waitForStatus("No paragraphs match");
    WebElement fewer = driver.findElement(By.cssSelector("#hits .empty a.fewer-words"));
    long without = total("q=are+disabled+children+short+breaks");
    assertTrue(without > 0);
    assertTrue(driver.findElement(By.cssSelector("#hits .empty")).getText().contains("Without “getting”: " + without + " paragraph"),
        driver.findElement(By.cssSelector("#hits .empty")).getText());
    fewer.click();
    waitForStatus(without + (without == 1 ? " paragraph matches" : " paragraphs match") + " “are disabled children short breaks”");

    search("\"unclosed");
    WebElement error = driver.findElement(By.id("error"));
    wait.until(d -> error.isDisplayed());
    assertTrue(error.getText().contains("cannot read the query"), error.getText());
  }

  @Test
  void readableAtPhoneWidthWithLabelledControls() throws Exception {
    long all = total("q=respite+care");
    driver.manage().window().setSize(new Dimension(375, 800));
    search("respite care");
    Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertTrue(overflow <= 0, "no sideways scrolling at phone width: " + overflow);
    for (WebElement input : driver.findElements(By.cssSelector("input, select"))) {
      String id = input.getAttribute("id");
      assertFalse(driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty(), "label for #" + id);
    }
    // Keyboard: Tab reaches the search box first after the skip link, and focus is visible.
    driver.get(driver.getCurrentUrl());
    waitForStatus(all + " paragraphs match");
    ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertEquals("Skip to results", driver.switchTo().activeElement().getText());
    new Actions(driver).sendKeys(Keys.TAB).perform(); // the "Findings" home link
    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement focused = driver.switchTo().activeElement();
    assertEquals("q", focused.getAttribute("id"));
    String outline = focused.getCssValue("outline-style");
    assertFalse(outline.equals("none"), "focus is visible");
  }
}
