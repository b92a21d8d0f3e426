package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, no browser
 * download) against the four packaged services that {@link SeatwiseSystem} starts on free ports with fresh
 * databases and Kazakhstan's seeded data. deploy/local/test.sh installs the browser when absent; without it
 * the tests skip, except in CI ({@code CI=true}), where they fail and say why. Optional: {@code seatwise.chromium}
 * and {@code seatwise.chromedriver} (paths). One screenshot per test in {@code target/screenshots}.
 */
@DisplayName("dashboard in headless Chromium")
class DashboardBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Kazakhstan's regional councils with a roll figure and current seats (the study's Table 2). */
    private static final int COUNCILS = 20;
    private static SeatwiseSystem system;
    private static String base;
    private static WebDriver driver;

    @BeforeAll
    static void browserAndSystem() throws Exception {
        String chromium = System.getProperty("seatwise.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("seatwise.chromedriver", "/usr/bin/chromedriver");
        boolean present = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + chromium + " or " + chromedriver + " is missing: the dashboard's "
                    + "browser tests must run in CI (deploy/local/test.sh installs Debian's chromium and chromium-driver as root)");
        }
        Assumptions.assumeTrue(present, chromium + " and " + chromedriver + " are needed (apt-get install chromium chromium-driver)");

        system = new SeatwiseSystem(Map.of()).start();
        base = system.url(Part.GATEWAY);
        awaitRecommendations(COUNCILS, Duration.ofSeconds(120));

        Path profile = Files.createTempDirectory("seatwise-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // The network is closed here: without these flags Chromium keeps retrying outside hosts (shared/NOTES.md).
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @BeforeEach
    void englishFirst() {
        driver.get(base + "/");
        js("localStorage.clear(); sessionStorage.clear(); localStorage.setItem('seatwise.lang', 'en');");
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @DisplayName("the overview renders 20 rows, one per council the system recommends for, each with its provenance, sortable by name")
    void overview() throws Exception {
        int councils = get("/api/v1/recommendations").size();
        assertThat(councils).isEqualTo(COUNCILS);
        open("#/");
        List<WebElement> rows = waitFor(By.cssSelector("#overview tbody tr"), councils);
        assertThat(rows).hasSize(COUNCILS);
        assertThat(rows.get(0).getAttribute("title")).contains("Voters:").contains("Rule:");
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo("Councils: current and recommended size");
        driver.findElement(By.cssSelector("button.sort[data-key=council]")).click();
        List<String> names = driver.findElements(By.cssSelector("#overview tbody td.council a")).stream().map(WebElement::getText).toList();
        assertThat(names).hasSize(COUNCILS).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    @DisplayName("the Taagepera chart has 20 points, one per council with current seats, and the cube-root line")
    void chart() throws Exception {
        open("#/chart");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#chart[data-points]")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) js(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series"
                        + ".map(s => ({type: s.type, points: s.data.length}));");
        assertThat(series.get(0)).containsEntry("type", "scatter").containsEntry("points", (long) COUNCILS);
        assertThat(series.get(1)).containsEntry("type", "line");
        // Drawn, not only configured: ECharts' SVG holds the points' labels and the line's path.
        assertThat(driver.findElements(By.cssSelector("#chart svg text")).stream().map(WebElement::getText).toList())
                .contains("KZ-61");
        assertThat(driver.findElements(By.cssSelector("#chart svg path"))).hasSizeGreaterThan(COUNCILS);
    }

    @Test
    @DisplayName("switching to Kazakh changes the headings and the unit names, and the choice is remembered after a reload")
    void kazakh() throws Exception {
        open("#/");
        waitFor(By.cssSelector("#overview tbody tr"), 1);
        driver.findElement(By.cssSelector("#langs button[data-lang=kk]")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("page-title")).getText()
                .equals("Мәслихаттар: қазіргі және ұсынылған құрам"));
        waitFor(By.cssSelector("#overview tbody tr"), 1);
        assertThat(driver.findElement(By.cssSelector("#overview th.council")).getText()).startsWith("Мәслихат");
        assertThat(driver.findElement(By.cssSelector("#nav a")).getText()).isEqualTo("Шолу");
        driver.navigate().refresh();
        new WebDriverWait(driver, WAIT).until(d -> "#/".equals(js("return document.body.dataset.ready || ''")));
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo("Мәслихаттар: қазіргі және ұсынылған құрам");
        assertThat(js("return document.documentElement.lang")).isEqualTo("kk");
        String kazakhName = get("/api/v1/units/KZ-61").get("names").get("kk").asText();
        assertThat(driver.findElement(By.cssSelector("#overview tr[data-unit='KZ-61'] td.council a")).getText())
                .isEqualTo(kazakhName);
    }

    @Test
    @DisplayName("uploading a bulletin with one bad row shows that row's problem, and nothing is stored")
    void uploadWithBadRow() throws Exception {
        int before = get("/api/v1/bulletins").size();
        upload("unit_code,voters\nKZ-61,1177507\nKZ-75,minus five\nKZ-71,900000\n", "seatwise browser test",
                LocalDate.now(ZoneOffset.UTC).minusDays(3));
        List<WebElement> rows = waitFor(By.cssSelector("#upload-errors tbody tr"), 1);
        assertThat(rows).hasSize(1);
        WebElement row = rows.get(0);
        assertThat(row.getAttribute("data-row")).isEqualTo("3");
        assertThat(row.findElement(By.cssSelector("td.line")).getText()).isEqualTo("KZ-75,minus five");
        assertThat(row.getText()).contains("voters");
        assertThat(driver.findElement(By.cssSelector("#outcome .note.error")).getText()).contains("refused")
                .contains("nothing was stored");
        assertThat(get("/api/v1/bulletins").size()).isEqualTo(before);
    }

    @Test
    @DisplayName("a bulletin posted through the API appears on the open overview without a reload")
    void liveUpdate() throws Exception {
        String unit = "KZ-71";
        long voters = get("/api/v1/recommendations/" + unit).get("input").get("value").asLong() + 1234;
        open("#/");
        waitFor(By.cssSelector("#overview tbody tr"), COUNCILS);
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("live")).getAttribute("class").contains("on"));
        js("window.notReloaded = true;");

        HttpResponse<String> posted = postBulletin("seatwise browser test", LocalDate.now(ZoneOffset.UTC).minusDays(1),
                Map.of(unit, voters));
        assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);

        String expected = String.format(Locale.UK, "%,d", voters);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d
                .findElement(By.cssSelector("#overview tr[data-unit='" + unit + "'] td.voters")).getText().equals(expected));
        assertThat(js("return window.notReloaded === true")).isEqualTo(true);
        assertThat(driver.findElement(By.id("live")).getText()).contains("updated");
    }

    @Test
    @DisplayName("a unit page shows every kept rule side by side and the council's convocations")
    void unitPage() throws Exception {
        JsonNode full = get("/api/v1/recommendations/KZ-61");
        open("#/unit/KZ-61");
        assertThat(driver.findElements(By.cssSelector("#rules tbody tr"))).hasSize(1 + full.path("otherRules").size());
        assertThat(driver.findElements(By.cssSelector("#convocations tbody tr")))
                .hasSize(get("/api/v1/councils/KZ-61").get("convocations").size());
        assertThat(driver.findElement(By.id("page-title")).getText()).contains("KZ-61");
    }

    @Test
    @DisplayName("a unit page charts voters from each bulletin at its roll date, population and seats per convocation, each with its source on hover")
    void overTime() throws Exception {
        String unit = "KZ-61";
        LocalDate earlier = LocalDate.of(2021, 1, 1);
        HttpResponse<String> posted = postBulletin("CEC roll test 2021", earlier, Map.of(unit, 1_050_321L, "KZ-71", 900_000L));
        assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);
        int figures = get("/api/v1/units/" + unit + "/population").path("figures").size();
        long convocations = 0;
        for (JsonNode c : get("/api/v1/councils/" + unit).get("convocations")) {
            convocations += c.hasNonNull("electionDate") ? 1 : 0;
        }

        open("#/unit/" + unit);
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#history-chart[data-series]")).isEmpty());
        List<WebElement> voters = driver.findElements(By.cssSelector("#history tbody tr[data-series=voters]"));
        assertThat(voters).extracting(r -> r.findElement(By.cssSelector("td.value")).getText())
                .contains("1,050,321", "1,177,507");
        WebElement ours = voters.stream().filter(r -> r.getAttribute("data-date").equals(earlier.toString())).findFirst().orElseThrow();
        assertThat(ours.findElement(By.cssSelector("td.source")).getText()).isEqualTo("CEC roll test 2021");
        assertThat(ours.getAttribute("title")).contains("CEC roll test 2021").contains("roll of 2021-01-01");
        assertThat(driver.findElements(By.cssSelector("#history tbody tr[data-series=population]"))).hasSize(figures);
        assertThat(driver.findElements(By.cssSelector("#history tbody tr[data-series=seats]"))).hasSize((int) convocations);
        assertThat(convocations).as("Turkestan's council has convocations with election dates").isPositive();

        // The chart: one line per series, with as many points as the table has rows of it; the lines are drawn.
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) js("return JSON.parse(document.getElementById('history-chart').dataset.series)");
        assertThat(counts).containsEntry("voters", (long) voters.size()).containsEntry("seats", convocations);
        @SuppressWarnings("unchecked")
        List<String> provenance = (List<String>) js("return echarts.getInstanceByDom(document.getElementById('history-chart'))"
                + ".getOption().series.flatMap(s => s.data.map(d => d.prov))");
        assertThat(provenance).hasSize(voters.size() + figures + (int) convocations).allMatch(p -> !p.isBlank());
        assertThat(driver.findElements(By.cssSelector("#history-chart svg path"))).hasSizeGreaterThanOrEqualTo(2);
        js("document.getElementById('history-chart').scrollIntoView()"); // for the screenshot
    }

    @Test
    @DisplayName("markup, script and SQL in free text (issuer, unit code, address) are shown as text, and no script runs")
    void hostileTextStaysInert() throws Exception {
        String img = "<img src=x onerror=window.__xss=1>";
        String script = "<script>window.__xss=2</script>";
        String sql = "'; DROP TABLE bulletin; --";
        LocalDate date = LocalDate.of(2020, 1, 1);
        // Stored: an issuer of markup and SQL, on a bulletin of a real unit.
        HttpResponse<String> posted = postBulletin(script + img + sql, date, Map.of("KZ-61", 1_000_001L));
        assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);
        assertThat(get("/api/v1/bulletins").toString()).contains("DROP TABLE bulletin");

        open("#/unit/KZ-61");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#history-chart[data-series]")).isEmpty());
        WebElement row = driver.findElement(By.cssSelector("#history tbody tr[data-date='" + date + "']"));
        assertThat(row.findElement(By.cssSelector("td.source")).getText()).isEqualTo(script + img + sql);
        assertNothingInjected();

        // Refused: a unit code of markup in an uploaded CSV, shown back in the row's problem.
        upload("unit_code,voters\n" + img + ",5\n", sql, LocalDate.of(2020, 2, 1));
        WebElement problem = waitFor(By.cssSelector("#upload-errors tbody tr"), 1).get(0);
        assertThat(problem.findElement(By.cssSelector("td.line")).getText()).isEqualTo(img + ",5");
        assertNothingInjected();

        // An address: a unit page for a code of markup says there is no such unit, in text.
        driver.get("about:blank");
        String hash = "#/unit/" + URLEncoder.encode(img, StandardCharsets.UTF_8).replace("+", "%20");
        driver.get(base + "/" + hash);
        new WebDriverWait(driver, WAIT).until(d -> js("return document.body.dataset.ready || ''").toString().startsWith("#/unit/"));
        assertThat(driver.findElement(By.id("page-title")).getText()).contains(img);
        assertNothingInjected();
        assertThat(get("/api/v1/bulletins").size()).isPositive(); // the bulletin table is still there
        // And a second line: the page forbids inline and foreign scripts (the other tests show it still works).
        assertThat(Api.get(base + "/").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self';");
    }

    // ---- helpers ----

    private static void assertNothingInjected() {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no alert: good
        }
        assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(js("return document.querySelectorAll('img[src=x], main script').length")).isEqualTo(0L);
    }

    private static void upload(String csv, String issuer, LocalDate rollDate) throws IOException {
        Path file = Files.createTempFile("bulletin", ".csv");
        Files.writeString(file, csv);
        open("#/upload");
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("issuer")).sendKeys(issuer);
        js("document.getElementById('rollDate').value = arguments[0];", rollDate.toString());
        driver.findElement(By.id("token")).sendKeys(system.analystToken());
        driver.findElement(By.id("submit")).click();
    }

    private static HttpResponse<String> postBulletin(String source, LocalDate date, Map<String, Long> voters) throws Exception {
        StringBuilder rows = new StringBuilder();
        voters.forEach((unit, n) -> rows.append(rows.length() == 0 ? "" : ",")
                .append("{\"unitCode\":\"").append(unit).append("\",\"voters\":").append(n).append('}'));
        String body = "{\"source\":" + Api.JSON.writeValueAsString(source) + ",\"date\":\"" + date + "\",\"rows\":[" + rows + "]}";
        return Api.post(base + "/api/v1/bulletins", "application/json", body.getBytes(StandardCharsets.UTF_8),
                system.analystToken(), Duration.ofSeconds(30));
    }

    /** Loads the page afresh (a hash-only change would keep the old page and its state). */
    private static void open(String hash) {
        driver.get("about:blank");
        driver.get(base + "/" + hash);
        new WebDriverWait(driver, WAIT).until(d -> hash.equals(js("return document.body.dataset.ready || ''")));
    }

    private static List<WebElement> waitFor(By selector, int atLeast) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> found = d.findElements(selector);
            return found.size() >= atLeast ? found : null;
        });
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> answer = Api.get(base + path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return Api.JSON.readTree(answer.body());
    }

    /** The seeded roll reaches model-service through Kafka: wait until every council has its recommendation. */
    private static void awaitRecommendations(int councils, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> seen = new HashSet<>();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = Api.get(base + "/api/v1/recommendations");
            if (answer.statusCode() == 200) {
                seen.clear();
                Api.JSON.readTree(answer.body()).forEach(r -> seen.add(r.get("unitCode").asText()));
                if (seen.size() >= councils) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("only " + seen.size() + " recommendations within " + timeout + ": " + seen);
    }
}
