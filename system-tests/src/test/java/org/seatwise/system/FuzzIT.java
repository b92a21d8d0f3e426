package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.system.FuzzCases.Case;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad input: 10,000 malformed bulletins sent to election-service and 10,000 malformed population files
 * sent to census-service, JSON and CSV, generated from a fixed seed (see {@link BulletinFuzzCases},
 * {@link PopulationFuzzCases}) and sent directly (no gateway limits in the way), eight at a time.
 * Every one is invalid, so every answer must be a 4xx problem+json that names what is wrong, and
 * nothing may be stored.
 */
class FuzzIT {

    private static final int CASES = 10_000;
    private static final int THREADS = 8;
    /**
     * A Java type in an answer (a package, an exception, a parser setting such as
     * {@code `StreamReadConstraints.getMaxNumberLength()`}): the service shows its internals instead of saying what is wrong.
     */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|jakarta|com\\.fasterxml|io\\.quarkus|io\\.vertx"
            + "|org\\.jboss|org\\.seatwise)\\.[a-z]|Exception\\b|`[A-Z]\\w*\\.\\w");

    private static SeatwiseSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new SeatwiseSystem(Map.of("seatwise.seed.roll", "false")).start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @DisplayName("10,000 generated malformed bulletins get 0 answers 5xx, each a 4xx problem+json naming a row or field, and store nothing")
    void malformedBulletinsAreRefused() throws Exception {
        String election = system.url(Part.ELECTION) + "/api/v1/bulletins";
        // A valid upload first: election-service then knows the units, so every rejection below is the input's fault.
        awaitAccepted(election, "{\"issuer\":\"fuzz warm-up\",\"rollDate\":\"2023-01-01\","
                + "\"rows\":[{\"unitCode\":\"KZ-61\",\"voters\":1000}]}");
        long bulletinsBefore = system.count(Part.ELECTION, "SELECT count(*) FROM bulletin");
        long rowsBefore = system.count(Part.ELECTION, "SELECT count(*) FROM bulletin_row");
        int listedBefore = Api.getJson(election + "?limit=1000").size();

        Run run = fuzz(election, BulletinFuzzCases::generate);
        long bulletinsAfter = system.count(Part.ELECTION, "SELECT count(*) FROM bulletin");
        long rowsAfter = system.count(Part.ELECTION, "SELECT count(*) FROM bulletin_row");
        int listedAfter = Api.getJson(election + "?limit=1000").size();
        System.out.printf("fuzz, malformed bulletins: %s; bulletins stored %d -> %d, rows %d -> %d, listed %d -> %d%n", run,
                bulletinsBefore, bulletinsAfter, rowsBefore, rowsAfter, listedBefore, listedAfter);

        run.assertAllRefused();
        assertThat(bulletinsAfter).isEqualTo(bulletinsBefore);
        assertThat(rowsAfter).isEqualTo(rowsBefore);
        assertThat(listedAfter).isEqualTo(listedBefore);
    }

    @Test
    @DisplayName("10,000 generated malformed population files get 0 answers 5xx, each a 4xx problem+json naming a row or field, and store nothing")
    void malformedPopulationFilesAreRefused() throws Exception {
        String census = system.url(Part.CENSUS) + "/api/v1/population";
        // A valid upload first: the service takes uploads, and "contradicts-recorded" cases have a figure to contradict.
        awaitAccepted(census, PopulationFuzzCases.WARM_UP);
        String figures = "SELECT count(*) FROM population_figure";
        String sources = "SELECT count(DISTINCT source) FROM population_figure";
        long figuresBefore = system.count(Part.CENSUS, figures);
        long sourcesBefore = system.count(Part.CENSUS, sources);

        Run run = fuzz(census, PopulationFuzzCases::generate);
        long figuresAfter = system.count(Part.CENSUS, figures);
        long sourcesAfter = system.count(Part.CENSUS, sources);
        System.out.printf("fuzz, malformed population files: %s; figures stored %d -> %d, sources %d -> %d%n", run, figuresBefore,
                figuresAfter, sourcesBefore, sourcesAfter);

        run.assertAllRefused();
        assertThat(figuresAfter).isEqualTo(figuresBefore);
        assertThat(sourcesAfter).isEqualTo(sourcesBefore);
    }

    /** What one fuzz run saw. {@code sent} counts the cases generated and sent, answered or not. */
    private record Run(long sent, Map<String, AtomicLong> byKind, Map<String, AtomicLong> byStatus, List<String> violations,
            double seconds, long slowestMs, boolean finished) {

        void assertAllRefused() {
            assertThat(finished).as("all cases answered within 5 minutes").isTrue();
            assertThat(sent).as("cases generated and sent").isEqualTo(CASES);
            assertThat(byStatus.keySet()).as("statuses").allMatch(s -> s.startsWith("4"));
            assertThat(violations).isEmpty();
        }

        @Override
        public String toString() {
            return String.format("%d cases sent of %d (seed %d, %d kinds) in %.1f s with %d threads (slowest answer %d ms); "
                    + "answers by status %s; cases by kind %s; violations %d%s", sent, CASES, FuzzCases.SEED,
                    byKind.size(), seconds, THREADS, slowestMs, new TreeMap<>(byStatus), new TreeMap<>(byKind),
                    violations.size(), violations.isEmpty() ? "" : " e.g. " + violations.subList(0, Math.min(5, violations.size())));
        }
    }

    /** Sends the cases 0 to CASES - 1 of the generator to the URL as an analyst and checks every answer. */
    private static Run fuzz(String url, IntFunction<Case> generator) throws InterruptedException {
        ConcurrentMap<String, AtomicLong> byStatus = new ConcurrentHashMap<>();
        ConcurrentMap<String, AtomicLong> byKind = new ConcurrentHashMap<>();
        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicLong sent = new AtomicLong();
        AtomicLong slowestMs = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int i = 0; i < CASES; i++) {
                int n = i;
                pool.execute(() -> {
                    Case c;
                    // Throwable, not Exception: whatever escapes a pool task is lost with its case.
                    try {
                        c = generator.apply(n);
                    } catch (Throwable e) {
                        tally(byKind, "generator failed");
                        violations.add("case " + n + ": the generator failed: " + e);
                        return;
                    }
                    tally(byKind, c.kind());
                    sent.incrementAndGet();
                    try {
                        long t0 = System.nanoTime();
                        // As an analyst: the input is what is wrong, not the caller.
                        HttpResponse<String> r = Api.post(url + c.query(), c.contentType(), c.body(), system.analystToken(),
                                Duration.ofSeconds(30));
                        slowestMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        tally(byStatus, String.valueOf(r.statusCode()));
                        String wrong = check(r);
                        if (wrong != null) {
                            violations.add("case " + n + " (" + c.kind() + "): " + wrong);
                        }
                    } catch (Throwable e) {
                        tally(byStatus, "no answer");
                        violations.add("case " + n + " (" + c.kind() + "): no answer: " + e);
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        boolean finished = pool.awaitTermination(5, TimeUnit.MINUTES);
        if (!finished) {
            pool.shutdownNow();
        }
        return new Run(sent.get(), byKind, byStatus, violations, (System.nanoTime() - started) / 1e9, slowestMs.get(), finished);
    }

    private static void tally(ConcurrentMap<String, AtomicLong> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Null when the answer is a proper refusal, else what is wrong with it. */
    private static String check(HttpResponse<String> r) {
        int status = r.statusCode();
        if (status < 400 || status >= 500) {
            return "status " + status + ": " + FuzzCases.abbreviate(r.body());
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "status " + status + " with Content-Type " + type + ": " + FuzzCases.abbreviate(r.body());
        }
        if (JAVA_NAME.matcher(r.body()).find()) {
            return "status " + status + " names Java types: " + FuzzCases.abbreviate(r.body());
        }
        JsonNode problem;
        try {
            problem = Api.JSON.readTree(r.body());
        } catch (Exception e) {
            return "status " + status + " with an unreadable problem: " + FuzzCases.abbreviate(r.body());
        }
        if (problem.path("status").asInt() != status) {
            return "problem status " + problem.path("status") + " differs from HTTP " + status;
        }
        if (problem.path("detail").asText("").isBlank()) {
            return "status " + status + " problem without detail: " + FuzzCases.abbreviate(r.body());
        }
        // Every refusal, unreadable bodies (400) too, names a row or a field (issue 10).
        JsonNode errors = problem.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return status + " without errors: " + FuzzCases.abbreviate(r.body());
        }
        for (JsonNode e : errors) {
            if (!e.hasNonNull("row") && !e.hasNonNull("field")) {
                return "an error names neither row nor field: " + e;
            }
        }
        return null;
    }

    private static void awaitAccepted(String url, String body) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = Api.post(url, "application/json", body.getBytes(StandardCharsets.UTF_8), system.analystToken(),
                    Duration.ofSeconds(30));
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the warm-up upload to " + url + " was not accepted within 90 s");
    }
}
