package org.seatwise.system;

import static org.seatwise.system.FuzzCases.REGIONS;
import static org.seatwise.system.FuzzCases.digits;
import static org.seatwise.system.FuzzCases.formula;
import static org.seatwise.system.FuzzCases.randomBytes;
import static org.seatwise.system.FuzzCases.utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.seatwise.system.FuzzCases.Case;

/**
 * Malformed bulletins for election-service's {@code POST /api/v1/bulletins}, JSON (issuer, rollDate,
 * rows of unitCode and voters) and CSV ({@code unit_code,voters}, issuer and date in the query).
 */
final class BulletinFuzzCases {

    private BulletinFuzzCases() {
    }

    /** The n-th case (independent of thread scheduling). */
    static Case generate(int n) {
        Random rnd = FuzzCases.random(0, n);
        if (FuzzCases.isMegaLine(n)) {
            return FuzzCases.megaLine(rnd, n, "?issuer=fuzz&date=2023-01-01", "unit_code,voters", (unit, voters) -> unit + "," + voters,
                    (unit, voters) -> "{\"issuer\":\"fuzz\",\"rollDate\":\"2023-01-01\",\"rows\":[" + row(unit, voters) + "]}");
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

    /** 1 to 5 valid JSON rows of distinct regions. */
    private static List<String> validRows(Random rnd) {
        List<String> codes = new ArrayList<>(REGIONS);
        Collections.shuffle(codes, rnd);
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
}
