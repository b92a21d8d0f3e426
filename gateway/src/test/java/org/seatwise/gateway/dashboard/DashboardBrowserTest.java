package org.seatwise.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.build.Jwt;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * no browser download) against a running seatwise: skipped unless {@code -Dseatwise.system.url=http://127.0.0.1:8080}.
 *
 * <p>Writes need an analyst's token: {@code -Dseatwise.analyst.token=…}, or {@code -Dseatwise.jwt.private-key=<pem>}
 * to sign one, else the local run's {@code .state/keys/private.pem} is used. Optional: {@code seatwise.chromium}
 * and {@code seatwise.chromedriver} (paths). One screenshot per test in {@code target/screenshots}.
 *
 * <p>The live-update test posts a bulletin (one unit, yesterday's roll, a few voters more than now) through the
 * API: it changes the running system's data, as an end-to-end test of the flow must.
 */
@DisplayName("dashboard in headless Chromium")
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String base;
    private static WebDriver driver;
    private static Path profile;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void browser() throws IOException {
        base = System.getProperty("seatwise.system.url");
        Assumptions.assumeTrue(base != null && !base.isBlank(), "set -Dseatwise.system.url to run against a running seatwise");
        base = base.replaceAll("/+$", "");
        profile = Files.createTempDirectory("seatwise-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("seatwise.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("seatwise.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
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
    @DisplayName("the overview renders one row per council the system recommends for (20 for Kazakhstan), each with its provenance")
    void overview() throws Exception {
        int councils = get("/api/v1/recommendations").size();
        open("#/");
        List<WebElement> rows = waitFor(By.cssSelector("#overview tbody tr"), councils);
        assertThat(rows).hasSize(councils);
        assertThat(councils).isGreaterThanOrEqualTo(20);
        assertThat(rows.get(0).getAttribute("title")).contains("Voters:").contains("Rule:");
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo("Councils: current and recommended size");
        // Sorting by council name puts the rows in alphabetical order.
        driver.findElement(By.cssSelector("button.sort[data-key=council]")).click();
        List<String> names = driver.findElements(By.cssSelector("#overview tbody td.council a")).stream().map(WebElement::getText).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    @DisplayName("the Taagepera chart has a point per council with current seats and the cube-root line")
    void chart() throws Exception {
        long withSeats = 0;
        for (JsonNode r : get("/api/v1/recommendations")) {
            withSeats += r.hasNonNull("currentSeats") ? 1 : 0;
        }
        open("#/chart");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#chart[data-points]")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) js(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series"
                        + ".map(s => ({type: s.type, points: s.data.length}));");
        assertThat(series.get(0)).containsEntry("type", "scatter").containsEntry("points", withSeats);
        assertThat(withSeats).isGreaterThanOrEqualTo(20);
        assertThat(series.get(1)).containsEntry("type", "line");
        // Drawn, not only configured: ECharts' SVG holds the points' labels and the line's path.
        assertThat(driver.findElements(By.cssSelector("#chart svg text")).stream().map(WebElement::getText).toList())
                .contains(someCouncil().get("unitCode").asText());
        assertThat(driver.findElements(By.cssSelector("#chart svg path"))).hasSizeGreaterThan((int) withSeats);
    }

    @Test
    @DisplayName("switching to Kazakh changes the headings, and the choice is remembered after a reload")
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
        // Unit names too: the council's Kazakh name from census-service.
        String unit = someCouncil().get("unitCode").asText();
        String kazakhName = get("/api/v1/units/" + unit).get("names").get("kk").asText();
        assertThat(driver.findElement(By.cssSelector("#overview tr[data-unit='" + unit + "'] td.council a")).getText())
                .isEqualTo(kazakhName);
    }

    @Test
    @DisplayName("uploading a bulletin with one bad row shows that row's problem, and nothing else")
    void uploadWithBadRow() throws IOException {
        Path csv = Files.createTempFile("bulletin", ".csv");
        Files.writeString(csv, "unit_code,voters\nKZ-61,1177507\nKZ-75,minus five\nKZ-71,900000\n");
        open("#/upload");
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.id("issuer")).sendKeys("seatwise browser test");
        js("document.getElementById('rollDate').value = arguments[0];", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        driver.findElement(By.id("token")).sendKeys(analystToken());
        driver.findElement(By.id("submit")).click();
        List<WebElement> rows = waitFor(By.cssSelector("#upload-errors tbody tr"), 1);
        assertThat(rows).hasSize(1);
        WebElement row = rows.get(0);
        assertThat(row.getAttribute("data-row")).isEqualTo("3");
        assertThat(row.findElement(By.cssSelector("td.line")).getText()).isEqualTo("KZ-75,minus five");
        assertThat(row.getText()).contains("voters");
        assertThat(driver.findElement(By.cssSelector("#outcome .note.error")).getText()).contains("refused")
                .contains("nothing was stored");
    }

    @Test
    @DisplayName("a bulletin posted through the API appears on the open overview without a reload")
    void liveUpdate() throws Exception {
        JsonNode current = someCouncil();
        String unit = current.get("unitCode").asText();
        // A small change either way, so that repeated runs do not drift the figure.
        int change = ThreadLocalRandom.current().nextInt(1, 2500) * (ThreadLocalRandom.current().nextBoolean() ? 1 : -1);
        long voters = current.get("input").get("value").asLong() + change;
        open("#/");
        waitFor(By.cssSelector("#overview tbody tr"), 20);
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("live")).getAttribute("class").contains("on"));
        js("window.notReloaded = true;");

        String date = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/bulletins"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + analystToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"seatwise browser test\",\"date\":\"" + date
                        + "\",\"rows\":[{\"unitCode\":\"" + unit + "\",\"voters\":" + voters + "}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);

        String expected = String.format(java.util.Locale.UK, "%,d", voters);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d
                .findElement(By.cssSelector("#overview tr[data-unit='" + unit + "'] td.voters")).getText().equals(expected));
        assertThat(js("return window.notReloaded === true")).isEqualTo(true);
        assertThat(driver.findElement(By.id("live")).getText()).contains("updated");
    }

    @Test
    @DisplayName("a unit page shows every kept rule side by side and the council's convocations")
    void unitPage() throws Exception {
        JsonNode council = someCouncil();
        String unit = council.get("unitCode").asText();
        JsonNode full = get("/api/v1/recommendations/" + unit);
        open("#/unit/" + unit);
        assertThat(driver.findElements(By.cssSelector("#rules tbody tr"))).hasSize(1 + full.path("otherRules").size());
        assertThat(driver.findElements(By.cssSelector("#convocations tbody tr")))
                .hasSize(get("/api/v1/councils/" + unit).get("convocations").size());
        assertThat(driver.findElement(By.id("page-title")).getText()).contains(unit);
        // Lineage and population: shown when census-service answers them, else a short note.
        for (String table : List.of("lineage", "population")) {
            int shown = driver.findElements(By.id(table)).size()
                    + driver.findElements(By.xpath("//section[.//p[contains(@class,'unavailable')]]")).size();
            assertThat(shown).as(table).isPositive();
        }
    }

    @Test
    @DisplayName("the country's page shares a hundred seats among its regions by Huntington–Hill through the API")
    void apportionmentAmongRegions() throws Exception {
        int regions = 0;
        JsonNode units = get("/api/v1/units");
        java.util.Set<String> children = new java.util.HashSet<>();
        units.forEach(u -> {
            if ("KZ".equals(u.path("parentCode").asText())) {
                children.add(u.get("code").asText());
            }
        });
        for (JsonNode r : get("/api/v1/recommendations")) {
            regions += children.contains(r.get("unitCode").asText()) && r.path("input").path("value").asLong() > 0 ? 1 : 0;
        }
        Assumptions.assumeTrue(regions >= 2, "the regions have voter figures");
        open("#/unit/KZ");
        List<WebElement> rows = waitFor(By.cssSelector("#allocations tbody tr"), 2);
        // By population where model-service shares a council's seats itself, else by the regions' voters.
        if (driver.findElement(By.id("apportionment-basis")).getText().contains("voters")) {
            assertThat(rows).hasSize(regions);
        }
        int seats = 0;
        for (WebElement row : rows) {
            seats += Integer.parseInt(row.findElement(By.cssSelector("td:last-child")).getText());
        }
        assertThat(seats).isEqualTo(100);
        assertThat(driver.findElement(By.cssSelector("#method")).getAttribute("value")).isEqualTo("huntington-hill");
    }

    @Test
    @DisplayName("the reproduction page shows both tables of the study with every flagged printed value marked")
    void reproduction() throws Exception {
        JsonNode study = get("/api/v1/reproductions/maslikhat-2025");
        open("#/reproduction");
        assertThat(driver.findElements(By.cssSelector("#table2 tbody tr"))).hasSize(study.get("table2").get("rows").size());
        assertThat(driver.findElements(By.cssSelector("#table1 tbody tr"))).hasSize(study.get("table1").get("rows").size());
        assertThat(driver.findElements(By.cssSelector("#table1 td.flag, #table2 td.flag"))).hasSize(study.get("flagged").size());
    }

    // ---- helpers ----

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

    /** A Kazakh council with a recommendation and current seats (the largest by voters). */
    private static JsonNode someCouncil() throws IOException, InterruptedException {
        JsonNode best = null;
        for (JsonNode r : get("/api/v1/recommendations")) {
            if (r.get("unitCode").asText().startsWith("KZ-") && r.hasNonNull("currentSeats")
                    && (best == null || r.get("input").get("value").asLong() > best.get("input").get("value").asLong())) {
                best = r;
            }
        }
        assertThat(best).as("a council with a recommendation").isNotNull();
        return best;
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String analystToken() {
        String token = System.getProperty("seatwise.analyst.token");
        if (token != null && !token.isBlank()) {
            return token;
        }
        String key = System.getProperty("seatwise.jwt.private-key", Path.of("..", ".state", "keys", "private.pem").toString());
        Assumptions.assumeTrue(Files.isRegularFile(Path.of(key)), "no analyst token: set seatwise.analyst.token or seatwise.jwt.private-key");
        return Jwt.issuer("seatwise").subject("browser-test").upn("browser-test").groups("analyst").expiresIn(600)
                .jws().sign(Path.of(key).toAbsolutePath().toString());
    }
}
