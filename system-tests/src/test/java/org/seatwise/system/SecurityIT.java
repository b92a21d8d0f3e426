package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.auth.RequestKind;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * OWASP API Security Top 10 (2023) against the packaged services: broken authentication on services
 * called directly (API2/API5), error bodies without stack traces (API8), and a flood of expensive
 * computations that gets 429 while cheap reads keep answering (API4). The system starts with the
 * analysts' public key and its Kazakhstan seeds, which must load although no seed carries a token.
 */
class SecurityIT {

    private static SeatwiseSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new SeatwiseSystem(Map.of()).start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** A write with a body that its endpoint accepts from an analyst. */
    private record Sample(String method, String path, String contentType, String body) {
    }

    /** Bodies that the services' write endpoints accept; units KZ-61 and KZ-62 are seeded. */
    private static final Map<Part, List<Sample>> ACCEPTED = Map.of(
            Part.CENSUS, List.of(
                    new Sample("POST", "/api/v1/population", "application/json", """
                            {"source":"security test","citation":"made up","figures":[
                             {"unitCode":"KZ-62","date":"2023-01-01","universe":"voters","value":138000}]}"""),
                    new Sample("POST", "/api/v1/population-figures?source=security%20test", "text/csv",
                            "unit_code,date,universe,value\nKZ-62,2023-01-01,voters,138000\n")),
            Part.ELECTION, List.of(
                    new Sample("POST", "/api/v1/bulletins", "application/json", """
                            {"issuer":"security test","rollDate":"2023-01-01","rows":[{"unitCode":"KZ-61","voters":1177507}]}"""),
                    new Sample("POST", "/api/v1/bulletins?issuer=security%20test&rollDate=2023-01-02", "text/csv",
                            "unit_code,voters\nKZ-61,1177507\n")),
            Part.MODEL, List.of());

    private static HttpResponse<String> send(String method, String url, String contentType, String body, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return Api.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Method and path (a unit code for each path parameter) of every write a service's OpenAPI document declares. */
    private static List<Sample> declaredWrites(Part part) throws Exception {
        JsonNode paths = Api.getJson(system.url(part) + "/q/openapi?format=json").path("paths");
        List<Sample> writes = new ArrayList<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            String method = m.toUpperCase(Locale.ROOT);
            if (List.of("POST", "PUT", "PATCH", "DELETE").contains(method) && RequestKind.of(method, p.getKey()) == RequestKind.WRITE) {
                writes.add(new Sample(method, p.getKey().replaceAll("\\{[^}]+}", "KZ-61"), "application/json", "{}"));
            }
        }));
        return writes;
    }

    @Test
    @DisplayName("every write of every service called directly is refused without a token (401 problem+json) and accepted with an analyst's")
    void directWritesNeedAnAnalyst() throws Exception {
        // election-service knows the units once census-service's events arrive; wait for that, as an analyst.
        Sample bulletin = ACCEPTED.get(Part.ELECTION).get(0);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (send("POST", system.url(Part.ELECTION) + bulletin.path(), bulletin.contentType(), bulletin.body(),
                system.analystToken()).statusCode() / 100 != 2 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Map<String, String> report = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        int declared = 0;
        for (Part part : List.of(Part.CENSUS, Part.ELECTION, Part.MODEL)) {
            List<Sample> writes = new ArrayList<>(declaredWrites(part));
            declared += writes.size();
            writes.addAll(ACCEPTED.get(part));
            writes.add(new Sample("DELETE", "/api/v1/undeclared/KZ-61", null, null));
            for (Sample w : writes) {
                String where = part.module + " " + w.method() + " " + w.path();
                HttpResponse<String> anonymous = send(w.method(), system.url(part) + w.path(), w.contentType(), w.body(), null);
                if (anonymous.statusCode() != 401 || !anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    violations.add(where + " without a token answered " + anonymous.statusCode() + " " + anonymous.body());
                }
                HttpResponse<String> analyst = send(w.method(), system.url(part) + w.path(), w.contentType(), w.body(), system.analystToken());
                boolean sample = ACCEPTED.get(part).contains(w);
                if (sample ? analyst.statusCode() / 100 != 2 : analyst.statusCode() == 401 || analyst.statusCode() == 403) {
                    violations.add(where + " with an analyst's token answered " + analyst.statusCode() + " " + analyst.body());
                }
                report.put(where, anonymous.statusCode() + " → " + analyst.statusCode());
            }
        }
        System.out.printf("[security] direct writes (without token → with analyst's token): %s%n", report);
        assertThat(declared).as("writes declared by the services' OpenAPI documents").isGreaterThanOrEqualTo(2);
        assertThat(violations).isEmpty();
    }

    @Test
    @DisplayName("the Kazakhstan seeds load inside the services although writes need a token: KZ-61 gets its recommendation")
    void seedsStillLoad() throws Exception {
        String gateway = system.url(Part.GATEWAY);
        assertThat(Api.awaitStatus(gateway + "/api/v1/recommendations/KZ-61", 200, Duration.ofSeconds(120))).isEqualTo(200);
        assertThat(Api.getJson(gateway + "/api/v1/units/KZ-61").path("code").asText()).isEqualTo("KZ-61");
        assertThat(Api.getJson(gateway + "/api/v1/councils/KZ-61").toString()).contains("46");
    }

    /** A stack frame, an exception's class name, or a source line: what an error body must never show. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat (?:org|java|jdk|io|com|sun|jakarta)\\.[\\w$.]+|\\.java:\\d+\\)|\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b"
                    + "|\\borg\\.seatwise\\.|\\bcom\\.fasterxml\\.|\\borg\\.hibernate\\.|\\bio\\.quarkus\\.|\\bjava\\.lang\\.");

    @Test
    @DisplayName("no error body of any service or the gateway shows a stack trace or an internal class name")
    void errorBodiesShowNoStackTrace() throws Exception {
        String token = system.analystToken();
        String huge = "9".repeat(400);
        List<String[]> requests = new ArrayList<>();
        for (Part part : Part.values()) {
            String base = system.url(part);
            requests.add(new String[] { "POST", base + "/api/v1/bulletins", "application/json", "{\"rows\": [", token });
            requests.add(new String[] { "POST", base + "/api/v1/bulletins", "application/json", "{\"rows\": 7, \"rollDate\": []}", token });
            requests.add(new String[] { "POST", base + "/api/v1/bulletins", "application/xml", "<bulletin/>", token });
            requests.add(new String[] { "POST", base + "/api/v1/population", "application/json", "{\"figures\":{\"x\":1}}", token });
            requests.add(new String[] { "POST", base + "/api/v1/apportionments", "application/json",
                    "{\"method\":\"webster\",\"seats\":" + huge + ",\"units\":[{\"id\":\"A\",\"population\":\"lots\"}]}", null });
            requests.add(new String[] { "POST", base + "/api/v1/apportionments", "application/json",
                    "{\"method\":{\"nested\":true},\"seats\":[1],\"units\":\"none\"}", null });
            requests.add(new String[] { "POST", base + "/api/v1/malapportionment", "application/json", "[1,2,3", null });
            requests.add(new String[] { "POST", base + "/api/v1/scenarios", "application/json", "{\"model\":\"cube-root\",\"capOverride\":\"x\"}", null });
            requests.add(new String[] { "POST", base + "/api/v1/councils/KZ-10/apportionment?method=nonsense", "application/json", "{", null });
            requests.add(new String[] { "GET", base + "/api/v1/units?at=2023-13-45&kind=%00", null, null, null });
            requests.add(new String[] { "GET", base + "/api/v1/units/%ff%fe%00", null, null, null });
            requests.add(new String[] { "GET", base + "/api/v1/recommendations?asOf=yesterday&capped=maybe", null, null, null });
            requests.add(new String[] { "GET", base + "/api/v1/bulletins?limit=" + huge, null, null, null });
            requests.add(new String[] { "GET", base + "/api/v1/bulletins/not-a-uuid", null, null, null });
            requests.add(new String[] { "GET", base + "/api/v1/caps?at=--", null, null, null });
            requests.add(new String[] { "DELETE", base + "/api/v1/units", null, null, token });
            requests.add(new String[] { "GET", base + "/api/v1/..%2f..%2fetc%2fpasswd", null, null, null });
            requests.add(new String[] { "GET", base + "/nowhere", null, null, null });
        }
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String[] r : requests) {
            HttpResponse<String> answer = send(r[0], r[1], r[2], r[3], r[4]);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() >= 500) {
                failures.add(r[0] + " " + r[1] + " → " + answer.statusCode());
            }
            if (LEAK.matcher(answer.body()).find()) {
                leaks.add(r[0] + " " + r[1] + " → " + answer.statusCode() + ": " + answer.body());
            }
        }
        System.out.printf("[security] %d malformed requests to the four parts; answers by status %s; bodies leaking internals %d; 5xx %s%n",
                requests.size(), statuses, leaks.size(), failures);
        assertThat(statuses.keySet()).as("some requests were refused as malformed").contains(400);
        assertThat(leaks).isEmpty();
        assertThat(failures).as("malformed requests answered 5xx").isEmpty();
    }

    /** An apportionment of 5,000 units among 50,000 seats: about 150 kB of JSON and real work for model-service. */
    private static String largeApportionment(int salt) {
        StringBuilder b = new StringBuilder("{\"method\":\"huntington-hill\",\"seats\":50000,\"units\":[");
        for (int i = 0; i < 5_000; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"U").append(i).append("\",\"population\":")
                    .append(1000 + (i * 7919L + salt) % 1_000_000).append('}');
        }
        return b.append("]}").toString();
    }

    @Test
    @DisplayName("a flood of expensive apportionments through the gateway gets 429 while cheap reads keep answering 200")
    void floodGets429WhileReadsAnswer() throws Exception {
        String gateway = system.url(Part.GATEWAY);
        int threads = 8;
        // Until 10 s after the first refusal (reads must keep answering while the flood is refused), at most 60 s.
        Duration atMost = Duration.ofSeconds(60);
        Duration refusedFor = Duration.ofSeconds(10);
        java.util.concurrent.atomic.AtomicLong firstRefusal = new java.util.concurrent.atomic.AtomicLong();
        Map<Integer, AtomicInteger> computations = new ConcurrentHashMap<>();
        List<String> bad429 = new CopyOnWriteArrayList<>();
        List<Long> readMillis = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> reads = new ConcurrentHashMap<>();
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        String[] bodies = { largeApportionment(1), largeApportionment(2), largeApportionment(3) };
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                int n = 0;
                while (flooding.get()) {
                    try {
                        HttpResponse<String> r = send("POST", gateway + "/api/v1/apportionments", "application/json",
                                bodies[(thread + n++) % bodies.length], null);
                        computations.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 429) {
                            firstRefusal.compareAndSet(0, System.nanoTime());
                        }
                        if (r.statusCode() == 429 && (r.headers().firstValue("Retry-After").isEmpty()
                                || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))) {
                            bad429.add(r.headers().map() + " " + r.body());
                        }
                    } catch (Exception e) {
                        computations.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.submit(() -> {
            while (flooding.get()) {
                long t0 = System.nanoTime();
                int status = Api.status(gateway + "/api/v1/units/KZ-61");
                readMillis.add((System.nanoTime() - t0) / 1_000_000);
                reads.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(100);
            }
            return null;
        });
        while (System.nanoTime() - started < atMost.toNanos()
                && (firstRefusal.get() == 0 || System.nanoTime() - firstRefusal.get() < refusedFor.toNanos())) {
            Thread.sleep(100);
        }
        flooding.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(90, TimeUnit.SECONDS)).as("the flood stopped").isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(readMillis);
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf("[security] flood of %d threads × 5,000-unit apportionments for %.1f s (first 429 after %.1f s): answers %s; "
                + "reads of /api/v1/units/KZ-61 meanwhile %s, p50 %d ms, p99 %d ms, max %d ms%n",
                threads, seconds, firstRefusal.get() == 0 ? Double.NaN : (firstRefusal.get() - started) / 1e9, computations, reads, p50, p99, sorted.get(sorted.size() - 1));
        assertThat(computations.getOrDefault(429, new AtomicInteger()).get()).as("computations refused with 429").isPositive();
        assertThat(bad429).as("429 answers without Retry-After or problem+json").isEmpty();
        // The gateway's computation bucket: 60 at once, refilled over a minute (application.properties).
        assertThat(computations.getOrDefault(200, new AtomicInteger()).get()).as("computations done").isBetween(1, 60 + 60);
        assertThat(reads.keySet()).as("statuses of the reads during the flood").containsOnly(200);
        assertThat(sorted).as("reads during the flood").hasSizeGreaterThan(20);
    }
}
