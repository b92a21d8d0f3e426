package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad input: 10,000 malformed bulletins, JSON and CSV, generated from a fixed seed and sent to
 * election-service directly (no gateway limits in the way), eight at a time. Every one is invalid,
 * so every answer must be a 4xx problem+json that names what is wrong, and nothing may be stored.
 */
class FuzzIT {

    private static final long SEED = 20_261_125L;
    private static final int CASES = 10_000;
    private static final int THREADS = 8;
    /** Cases whose body carries a 1 MB line: a few only, they cost most of the time. */
    private static final int MEGA_LINE_EVERY = 2_000;
    private static final List<String> REGIONS = List.of("KZ-61", "KZ-75", "KZ-19", "KZ-71", "KZ-35", "KZ-31", "KZ-79",
            "KZ-15", "KZ-39", "KZ-11", "KZ-55", "KZ-63", "KZ-43", "KZ-27", "KZ-33", "KZ-47", "KZ-23", "KZ-10", "KZ-59", "KZ-62");

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

    /** One generated upload: what is wrong with it, and the request that carries it. */
    record Case(String kind, String contentType, String query, byte[] body) {
    }

    @Test
    @DisplayName("10,000 generated malformed bulletins get 0 answers 5xx, each a 4xx problem+json naming a row or field, and store nothing")
    void malformedBulletinsAreRefused() throws Exception {
        String election = system.url(Part.ELECTION) + "/api/v1/bulletins";
        // A valid upload first: election-service then knows the units, so every rejection below is the input's fault.
        awaitAccepted(election);
        long bulletinsBefore = count("SELECT count(*) FROM bulletin");
        long rowsBefore = count("SELECT count(*) FROM bulletin_row");
        int listedBefore = Api.getJson(election + "?limit=1000").size();

        ConcurrentMap<String, AtomicLong> byStatus = new ConcurrentHashMap<>();
        ConcurrentMap<String, AtomicLong> byKind = new ConcurrentHashMap<>();
        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicLong slowestMs = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int i = 0; i < CASES; i++) {
                int n = i;
                pool.submit(() -> {
                    Case c = generate(n);
                    byKind.computeIfAbsent(c.kind(), k -> new AtomicLong()).incrementAndGet();
                    try {
                        long t0 = System.nanoTime();
                        // As an analyst: the input is what is wrong, not the caller.
                        HttpResponse<String> r = Api.post(election + c.query(), c.contentType(), c.body(), system.analystToken(),
                                Duration.ofSeconds(30));
                        slowestMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        byStatus.computeIfAbsent(String.valueOf(r.statusCode()), k -> new AtomicLong()).incrementAndGet();
                        String wrong = check(r);
                        if (wrong != null) {
                            violations.add("case " + n + " (" + c.kind() + "): " + wrong);
                        }
                    } catch (Exception e) {
                        byStatus.computeIfAbsent("no answer", k -> new AtomicLong()).incrementAndGet();
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
        double seconds = (System.nanoTime() - started) / 1e9;
        long bulletinsAfter = count("SELECT count(*) FROM bulletin");
        long rowsAfter = count("SELECT count(*) FROM bulletin_row");
        int listedAfter = Api.getJson(election + "?limit=1000").size();

        System.out.printf("fuzz: %d malformed bulletins (seed %d) in %.1f s with %d threads (slowest answer %d ms); answers by "
                + "status %s; cases by kind %s; violations %d%s; bulletins stored %d -> %d, rows %d -> %d, listed %d -> %d%n",
                CASES, SEED, seconds, THREADS, slowestMs.get(), new TreeMap<>(byStatus), new TreeMap<>(byKind), violations.size(),
                violations.isEmpty() ? "" : " e.g. " + violations.subList(0, Math.min(5, violations.size())),
                bulletinsBefore, bulletinsAfter, rowsBefore, rowsAfter, listedBefore, listedAfter);

        assertThat(finished).as("all cases answered within 5 minutes").isTrue();
        assertThat(byStatus.keySet()).as("statuses").allMatch(s -> s.startsWith("4"));
        assertThat(violations).isEmpty();
        assertThat(bulletinsAfter).isEqualTo(bulletinsBefore);
        assertThat(rowsAfter).isEqualTo(rowsBefore);
        assertThat(listedAfter).isEqualTo(listedBefore);
    }

    /** Null when the answer is a proper refusal, else what is wrong with it. */
    private static String check(HttpResponse<String> r) {
        int status = r.statusCode();
        if (status < 400 || status >= 500) {
            return "status " + status + ": " + abbreviate(r.body());
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "status " + status + " with Content-Type " + type;
        }
        JsonNode problem;
        try {
            problem = Api.JSON.readTree(r.body());
        } catch (Exception e) {
            return "status " + status + " with an unreadable problem: " + abbreviate(r.body());
        }
        if (problem.path("status").asInt() != status) {
            return "problem status " + problem.path("status") + " differs from HTTP " + status;
        }
        if (status == 422) {
            JsonNode errors = problem.path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return "422 without errors: " + abbreviate(r.body());
            }
            for (JsonNode e : errors) {
                if (!e.hasNonNull("row") && !e.hasNonNull("field")) {
                    return "an error names neither row nor field: " + e;
                }
            }
            return null;
        }
        // Unreadable bodies (400) and other refusals: a problem that says why.
        return problem.path("detail").asText("").isBlank() && !problem.path("errors").isArray()
                ? "status " + status + " problem without detail or errors" : null;
    }

    /** The n-th case, from a generator seeded by the fixed seed and n (independent of thread scheduling). */
    static Case generate(int n) {
        Random rnd = new Random(SEED * 31 + n);
        if (n % MEGA_LINE_EVERY == MEGA_LINE_EVERY - 1) {
            return megaLine(rnd, n);
        }
        return rnd.nextBoolean() ? json(rnd) : csv(rnd);
    }

    private static final String[] JSON_KINDS = { "json-negative", "json-zero", "json-huge", "json-exponent", "json-fraction",
        "json-formula-voters", "json-formula-unit", "json-unknown-unit", "json-duplicate-unit", "json-missing-voters",
        "json-missing-unit", "json-wrong-type", "json-no-rows", "json-rows-not-array", "json-future-date", "json-bad-date",
        "json-missing-date", "json-missing-issuer", "json-long-issuer", "json-latin1", "json-random-bytes", "json-truncated",
        "json-empty-body", "json-null", "json-array", "json-absurd-count" };

    private static Case json(Random rnd) {
        String kind = JSON_KINDS[rnd.nextInt(JSON_KINDS.length)];
        List<String> rows = validRows(rnd);
        String issuer = "\"fuzz issuer " + rnd.nextInt(1000) + "\"";
        String date = "\"2023-01-01\"";
        String rowsJson = null;
        int bad = rnd.nextInt(rows.size());
        switch (kind) {
            case "json-negative" -> rows.set(bad, row(unitOf(rows.get(bad)), String.valueOf(-1 - rnd.nextInt(1_000_000))));
            case "json-zero" -> rows.set(bad, row(unitOf(rows.get(bad)), "0"));
            case "json-huge" -> rows.set(bad, row(unitOf(rows.get(bad)), digits(rnd, 20 + rnd.nextInt(400))));
            case "json-exponent" -> rows.set(bad, row(unitOf(rows.get(bad)), "1e" + (20 + rnd.nextInt(400))));
            case "json-fraction" -> rows.set(bad, row(unitOf(rows.get(bad)), (1 + rnd.nextInt(100_000)) + ".5"));
            case "json-absurd-count" -> rows.set(bad, row(unitOf(rows.get(bad)), String.valueOf(1_500_000_001L + rnd.nextInt(1_000_000))));
            case "json-formula-voters" -> rows.set(bad, row(unitOf(rows.get(bad)), "\"" + formula(rnd) + "\""));
            case "json-formula-unit" -> rows.set(bad, "{\"unitCode\":\"" + formula(rnd) + "\",\"voters\":1000}");
            case "json-unknown-unit" -> rows.set(bad, "{\"unitCode\":\"XX-" + rnd.nextInt(100) + "\",\"voters\":1000}");
            case "json-duplicate-unit" -> rows.add(rows.get(bad));
            case "json-missing-voters" -> rows.set(bad, "{\"unitCode\":\"" + unitOf(rows.get(bad)) + "\"}");
            case "json-missing-unit" -> rows.set(bad, "{\"voters\":1000}");
            case "json-wrong-type" -> rows.set(bad, row(unitOf(rows.get(bad)), List.of("{\"n\":1}", "[1,2]", "true", "null", "\"\"")
                    .get(rnd.nextInt(5))));
            case "json-no-rows" -> rowsJson = "[]";
            case "json-rows-not-array" -> rowsJson = List.of("{}", "\"KZ-61,1000\"", "42").get(rnd.nextInt(3));
            case "json-future-date" -> date = "\"2099-0" + (1 + rnd.nextInt(9)) + "-01\"";
            case "json-bad-date" -> date = List.of("\"2023-13-45\"", "\"01.01.2023\"", "\"yesterday\"", "20230101", "\"=1+1\"")
                    .get(rnd.nextInt(5));
            case "json-missing-date" -> date = null;
            case "json-missing-issuer" -> issuer = null;
            case "json-long-issuer" -> issuer = "\"" + "x".repeat(501 + rnd.nextInt(2000)) + "\"";
            default -> {
                // whole-body kinds below
            }
        }
        StringBuilder body = new StringBuilder("{");
        if (issuer != null) {
            body.append("\"issuer\":").append(issuer).append(',');
        }
        if (date != null) {
            body.append("\"rollDate\":").append(date).append(',');
        }
        body.append("\"rows\":").append(rowsJson != null ? rowsJson : "[" + String.join(",", rows) + "]").append('}');
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        switch (kind) {
            case "json-latin1" -> bytes = body.toString().replace(unitOf(rows.get(bad)), unitOf(rows.get(bad)) + "é")
                    .getBytes(StandardCharsets.ISO_8859_1);
            case "json-random-bytes" -> bytes = randomBytes(rnd, 1 + rnd.nextInt(4096));
            case "json-truncated" -> bytes = Arrays.copyOf(bytes, 1 + rnd.nextInt(bytes.length - 1));
            case "json-empty-body" -> bytes = new byte[0];
            case "json-null" -> bytes = "null".getBytes(StandardCharsets.US_ASCII);
            case "json-array" -> bytes = ("[" + String.join(",", rows) + "]").getBytes(StandardCharsets.UTF_8);
            default -> {
                // the body as built
            }
        }
        return new Case(kind, "application/json", "", bytes);
    }

    private static final String[] CSV_KINDS = { "csv-negative", "csv-zero", "csv-huge", "csv-formula-voters", "csv-formula-unit",
        "csv-unknown-unit", "csv-duplicate-unit", "csv-missing-column", "csv-short-row", "csv-missing-header", "csv-latin1",
        "csv-random-bytes", "csv-empty-body", "csv-unbalanced-quote", "csv-future-date", "csv-missing-issuer", "csv-fraction",
        "csv-only-header", "csv-absurd-count" };

    private static Case csv(Random rnd) {
        String kind = CSV_KINDS[rnd.nextInt(CSV_KINDS.length)];
        List<String[]> rows = new ArrayList<>();
        for (String r : validRows(rnd)) {
            rows.add(new String[] { unitOf(r), r.substring(r.lastIndexOf(':') + 1, r.length() - 1) });
        }
        String header = "unit_code,voters";
        String query = "?issuer=fuzz%20issuer%20" + rnd.nextInt(1000) + "&date=2023-01-01";
        int bad = rnd.nextInt(rows.size());
        switch (kind) {
            case "csv-negative" -> rows.get(bad)[1] = String.valueOf(-1 - rnd.nextInt(1_000_000));
            case "csv-zero" -> rows.get(bad)[1] = "0";
            case "csv-huge" -> rows.get(bad)[1] = digits(rnd, 20 + rnd.nextInt(400));
            case "csv-fraction" -> rows.get(bad)[1] = "1 000,5";
            case "csv-absurd-count" -> rows.get(bad)[1] = String.valueOf(1_500_000_001L + rnd.nextInt(1_000_000));
            case "csv-formula-voters" -> rows.get(bad)[1] = formula(rnd);
            case "csv-formula-unit" -> rows.get(bad)[0] = formula(rnd);
            case "csv-unknown-unit" -> rows.get(bad)[0] = "XX-" + rnd.nextInt(100);
            case "csv-duplicate-unit" -> rows.add(rows.get(bad).clone());
            case "csv-missing-column" -> header = List.of("unit_code", "voters", "code,voters", "unit_code,count").get(rnd.nextInt(4));
            case "csv-short-row" -> rows.set(bad, new String[] { rows.get(bad)[0] });
            case "csv-future-date" -> query = query.replace("2023-01-01", "2099-01-01");
            case "csv-missing-issuer" -> query = "?date=2023-01-01";
            default -> {
                // whole-body kinds below
            }
        }
        StringBuilder body = new StringBuilder();
        if (!kind.equals("csv-missing-header")) {
            body.append(header).append('\n');
        }
        if (!kind.equals("csv-only-header")) {
            for (String[] r : rows) {
                body.append(String.join(",", r)).append('\n');
            }
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        switch (kind) {
            case "csv-latin1" -> bytes = body.toString().replace(rows.get(bad)[0] + ",", rows.get(bad)[0] + "é,")
                    .getBytes(StandardCharsets.ISO_8859_1);
            case "csv-random-bytes" -> bytes = randomBytes(rnd, 1 + rnd.nextInt(4096));
            case "csv-empty-body" -> bytes = new byte[0];
            case "csv-unbalanced-quote" -> bytes = body.toString().replace(rows.get(bad)[0] + ",", "\"" + rows.get(bad)[0] + ",")
                    .getBytes(StandardCharsets.UTF_8);
            default -> {
                // the body as built
            }
        }
        return new Case(kind, "text/csv", query, bytes);
    }

    /** A line of about 1 MB: a unit code or a count of a million characters, as CSV or JSON. */
    private static Case megaLine(Random rnd, int n) {
        String huge = (n / MEGA_LINE_EVERY) % 2 == 0 ? digits(rnd, 1 << 20) : "KZ-" + "A".repeat(1 << 20);
        boolean count = Character.isDigit(huge.charAt(0));
        if (n % 2 == 0) {
            String row = count ? "KZ-61," + huge : huge + ",1000";
            return new Case("csv-1mb-line", "text/csv", "?issuer=fuzz&date=2023-01-01",
                    ("unit_code,voters\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String row = count ? "{\"unitCode\":\"KZ-61\",\"voters\":" + huge + "}" : "{\"unitCode\":\"" + huge + "\",\"voters\":1000}";
        return new Case("json-1mb-line", "application/json", "",
                ("{\"issuer\":\"fuzz\",\"rollDate\":\"2023-01-01\",\"rows\":[" + row + "]}").getBytes(StandardCharsets.UTF_8));
    }

    /** 1 to 5 valid JSON rows of distinct regions. */
    private static List<String> validRows(Random rnd) {
        List<String> codes = new ArrayList<>(REGIONS);
        java.util.Collections.shuffle(codes, rnd);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1 + rnd.nextInt(5); i++) {
            rows.add(row(codes.get(i), String.valueOf(10_000 + rnd.nextInt(2_000_000))));
        }
        return rows;
    }

    private static String row(String unit, String votersJson) {
        return "{\"unitCode\":\"" + unit + "\",\"voters\":" + votersJson + "}";
    }

    private static String unitOf(String row) {
        int start = row.indexOf("\"unitCode\":\"") + 12;
        return row.substring(start, row.indexOf('"', start));
    }

    private static String formula(Random rnd) {
        return List.of("=1+1", "=SUM(A1:A9)", "+1+1", "-1+1", "@SUM(1)", "=HYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0")
                .get(rnd.nextInt(7));
    }

    private static String digits(Random rnd, int length) {
        StringBuilder s = new StringBuilder(length);
        s.append((char) ('1' + rnd.nextInt(9)));
        for (int i = 1; i < length; i++) {
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        return s.toString();
    }

    private static byte[] randomBytes(Random rnd, int length) {
        byte[] b = new byte[length];
        rnd.nextBytes(b);
        return b;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static void awaitAccepted(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = Api.post(url, "application/json", ("{\"issuer\":\"fuzz warm-up\",\"rollDate\":\"2023-01-01\","
                    + "\"rows\":[{\"unitCode\":\"KZ-61\",\"voters\":1000}]}").getBytes(StandardCharsets.UTF_8), system.analystToken(),
                    Duration.ofSeconds(30));
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the warm-up bulletin was not accepted within 90 s");
    }

    private static long count(String sql) throws Exception {
        try (Connection c = system.connect(Part.ELECTION); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
