package org.seatwise.system;

import static org.seatwise.system.FuzzCases.REGIONS;
import static org.seatwise.system.FuzzCases.digits;
import static org.seatwise.system.FuzzCases.formula;
import static org.seatwise.system.FuzzCases.pick;
import static org.seatwise.system.FuzzCases.randomBytes;
import static org.seatwise.system.FuzzCases.utf8;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.seatwise.system.FuzzCases.Case;

/**
 * Malformed population files for census-service's {@code POST /api/v1/population}: JSON (source,
 * citation, figures of unitCode, date, universe, value, roundedTo, basis, note) and CSV (the same
 * columns in snake case; source and citation in the query). Each case starts from a valid upload and
 * breaks one thing, so that a case the service accepts is a case it should not have.
 */
final class PopulationFuzzCases {

    /** The figure the test uploads before the fuzz: "contradicts-recorded" cases give it another value. */
    static final String WARM_UP = "{\"source\":\"fuzz warm-up\",\"citation\":\"FuzzIT\",\"figures\":[{\"unitCode\":\"KZ-61\","
            + "\"date\":\"2023-01-01\",\"universe\":\"voters\",\"value\":1000}]}";
    private static final String WARM_UP_SOURCE = "fuzz warm-up";

    /** Breakages of the figures or the upload's fields, made in either format. */
    private static final List<String> COMMON_KINDS = List.of("negative", "huge", "exponent", "fraction", "absurd",
            "formula-value", "formula-unit", "formula-date", "unknown-unit", "nul-in-unit", "duplicate-unit", "missing-value",
            "missing-unit", "missing-date", "missing-universe", "unknown-universe", "bad-date", "future-date", "unit-not-yet",
            "bad-rounding", "not-multiple", "bad-basis", "long-note", "contradicts-recorded", "missing-source",
            "long-source", "long-citation", "latin1", "utf16", "random-bytes", "empty-body");
    private static final List<String> JSON_KINDS = with(COMMON_KINDS, "truncated", "null", "top-level-array", "scalar",
            "figures-not-array", "no-figures", "missing-figures", "null-figure", "wrong-type", "deep-nesting");
    private static final List<String> CSV_KINDS = with(COMMON_KINDS, "only-header", "blank-lines", "unbalanced-quote",
            "missing-header", "missing-column", "short-row", "long-row", "other-delimiter");

    /** Marks a field's text as a JSON literal to write as it is (an object where a string belongs). */
    private static final String RAW = "\u0001";
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final List<String> FIELDS = List.of("unitCode", "date", "universe", "value", "roundedTo", "basis", "note");

    private PopulationFuzzCases() {
    }

    /** An upload being broken: figures as fields by their JSON names (absent when missing), a null figure for JSON's null. */
    private static final class Upload {
        String source;
        String citation;
        List<Map<String, String>> figures = new ArrayList<>();
        /** Instead of the figures, when a case breaks the list itself (JSON only). */
        String figuresJson;
    }

    /** The n-th case (independent of thread scheduling). */
    static Case generate(int n) {
        Random rnd = FuzzCases.random(1, n);
        if (FuzzCases.isMegaLine(n)) {
            return FuzzCases.megaLine(rnd, n, "?source=fuzz", "unit_code,date,universe,value",
                    (unit, value) -> unit + ",2023-01-01,total," + value, PopulationFuzzCases::oneFigure);
        }
        boolean csv = rnd.nextBoolean();
        String kind = pick(rnd, csv ? CSV_KINDS : JSON_KINDS);
        Upload u = valid(rnd);
        int bad = rnd.nextInt(u.figures.size());
        Map<String, String> f = u.figures.get(bad);
        switch (kind) {
            case "negative" -> f.put("value", "-" + (1 + rnd.nextInt(1_000_000)));
            case "huge" -> f.put("value", digits(rnd, 20 + rnd.nextInt(400)));
            case "exponent" -> f.put("value", pick(rnd, List.of("1e400", "-1e400", "1E25", "2.5e30", "1e" + (20 + rnd.nextInt(400)))));
            case "fraction" -> f.put("value", pick(rnd, List.of((1 + rnd.nextInt(100_000)) + ".5", "1 000 000", "1,000,000", "12,5")));
            case "absurd" -> f.put("value", String.valueOf(10_000_000_000L + rnd.nextInt(1_000_000)));
            case "formula-value" -> f.put("value", formula(rnd));
            case "formula-unit" -> f.put("unitCode", formula(rnd));
            case "formula-date" -> f.put("date", formula(rnd));
            case "unknown-unit" -> f.put("unitCode", "XX-" + rnd.nextInt(100));
            // Inside the code: at its end, trimming would take the NUL away and leave a valid code.
            case "nul-in-unit" -> f.put("unitCode", f.get("unitCode").replace("-", "-\u0000"));
            case "duplicate-unit" -> {
                Map<String, String> again = new LinkedHashMap<>(f);
                if (rnd.nextBoolean()) {
                    again.put("value", String.valueOf(1_000 * (10 + rnd.nextInt(2_000))));
                    again.remove("roundedTo");
                }
                u.figures.add(rnd.nextInt(u.figures.size() + 1), again);
            }
            case "missing-value", "missing-unit", "missing-date", "missing-universe" -> {
                String field = kind.equals("missing-unit") ? "unitCode" : kind.substring("missing-".length());
                if (rnd.nextBoolean()) {
                    f.remove(field);
                } else {
                    f.put(field, pick(rnd, List.of("", "  ")));
                }
            }
            case "unknown-universe" -> f.put("universe", pick(rnd, List.of("martians", "households", "all", "≈total")));
            case "bad-date" -> f.put("date", pick(rnd, List.of("2023-13-45", "01.01.2023", "yesterday", "20230101", "2023-02-30")));
            case "future-date" -> f.put("date", "2099-0" + (1 + rnd.nextInt(9)) + "-01");
            case "unit-not-yet" -> {
                // Units founded in 2018 and 2022: a figure of theirs as on an earlier date needs basis RECONSTRUCTED.
                boolean of2018 = rnd.nextBoolean();
                f.put("unitCode", pick(rnd, of2018 ? List.of("KZ-61", "KZ-79") : List.of("KZ-33", "KZ-10", "KZ-62")));
                f.put("date", of2018 ? "2010-01-01" : "2021-01-01");
                f.remove("basis");
            }
            case "bad-rounding" -> f.put("roundedTo", pick(rnd, List.of("7", "0", "-1000", "1e400", "10000000000", "1.5", "thousand")));
            case "not-multiple" -> {
                f.put("roundedTo", "1000");
                f.put("value", String.valueOf(1_000 * (10 + rnd.nextInt(2_000)) + 1 + rnd.nextInt(999)));
            }
            case "bad-basis" -> f.put("basis", pick(rnd, List.of("GUESSED", "estimated", "as of date")));
            case "long-note" -> f.put("note", "n".repeat(2_001 + rnd.nextInt(3_000)));
            case "contradicts-recorded" -> {
                // The warm-up's source gives KZ-61's voters again, with another value: a correction needs a source of its own.
                u.source = WARM_UP_SOURCE;
                f.putAll(Map.of("unitCode", "KZ-61", "date", "2023-01-01", "universe", "voters",
                        "value", String.valueOf(1_001 + rnd.nextInt(1_000_000))));
                f.remove("roundedTo");
                f.remove("basis");
            }
            case "missing-source" -> u.source = pick(rnd, Arrays.asList(null, "", "   "));
            // Within the query's limit of 4 kB, so that the CSV cases reach the service.
            case "long-source" -> u.source = "s".repeat(501 + rnd.nextInt(2_000));
            case "long-citation" -> u.citation = "c".repeat(2_001 + rnd.nextInt(1_000));
            case "no-figures" -> u.figuresJson = "[]";
            case "missing-figures" -> u.figuresJson = "";
            case "figures-not-array" -> u.figuresJson = pick(rnd, List.of("{}", "\"KZ-61,2023-01-01,total,1000\"", "42", "true"));
            case "null-figure" -> u.figures.add(rnd.nextInt(u.figures.size() + 1), null);
            case "wrong-type" -> wrongType(rnd, u, f);
            default -> {
                // a kind of the whole body, below
            }
        }
        return csv ? csv(rnd, kind, u, bad) : json(rnd, kind, u, bad);
    }

    /** A field of an unexpected JSON type: an object or array where text or a number belongs. */
    private static void wrongType(Random rnd, Upload u, Map<String, String> f) {
        switch (rnd.nextInt(6)) {
            case 0 -> f.put("value", RAW + pick(rnd, List.of("{\"n\":1}", "[1,2]", "true", "null")));
            case 1 -> f.put("unitCode", RAW + pick(rnd, List.of("{\"code\":\"KZ-61\"}", "[\"KZ-61\"]", "42")));
            case 2 -> f.put("date", RAW + pick(rnd, List.of("{}", "[2023,1,1]", "true")));
            case 3 -> f.put("universe", RAW + pick(rnd, List.of("[]", "{\"u\":\"total\"}")));
            case 4 -> u.source = RAW + pick(rnd, List.of("[\"fuzz\"]", "{}"));
            default -> u.figuresJson = pick(rnd, List.of("[42]", "[[\"KZ-61\"]]", "[\"KZ-61\"]"));
        }
    }

    private static Case json(Random rnd, String kind, Upload u, int bad) {
        String body = jsonOf(u);
        byte[] bytes = switch (kind) {
            case "latin1" -> withAccent(u, bad, body).getBytes(StandardCharsets.ISO_8859_1);
            case "utf16" -> withAccent(u, bad, body).getBytes(rnd.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            case "random-bytes" -> randomBytes(rnd, 1 + rnd.nextInt(4096));
            case "empty-body" -> new byte[0];
            case "truncated" -> Arrays.copyOf(utf8(body), 1 + rnd.nextInt(utf8(body).length - 1));
            case "null" -> utf8("null");
            case "top-level-array" -> utf8(body.substring(body.indexOf("\"figures\":") + 10, body.length() - 1));
            case "scalar" -> utf8(pick(rnd, List.of("\"fuzz\"", "42", "true", "1e400", "\"\"")));
            case "deep-nesting" -> {
                int depth = 2_000 + rnd.nextInt(50_000);
                yield utf8("{\"source\":\"fuzz\",\"figures\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
            }
            default -> utf8(body);
        };
        return new Case("json-" + kind, "application/json", "", bytes);
    }

    private static Case csv(Random rnd, String kind, Upload u, int bad) {
        List<String> columns = new ArrayList<>(List.of("unit_code", "date", "universe", "value"));
        for (String optional : List.of("roundedTo", "basis", "note")) {
            if (u.figures.stream().anyMatch(f -> f.containsKey(optional))) {
                columns.add(snake(optional));
            }
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns);
        for (Map<String, String> f : u.figures) {
            lines.add(new ArrayList<>(columns.stream().map(c -> f.getOrDefault(camel(c), "")).toList()));
        }
        int row = 1 + bad;
        switch (kind) {
            case "only-header" -> lines.subList(1, lines.size()).clear();
            case "missing-header" -> lines.remove(0);
            case "missing-column" -> {
                int c = rnd.nextInt(4);
                if (rnd.nextBoolean()) {
                    lines.forEach(l -> l.remove(c));
                } else {
                    lines.get(0).set(c, pick(rnd, List.of("unit", "code", "count", "population", "Date", "")));
                }
            }
            case "short-row" -> lines.get(row).remove(lines.get(row).size() - 1);
            case "long-row" -> lines.get(row).add("extra");
            case "unbalanced-quote" -> lines.get(row).set(0, "\"" + lines.get(row).get(0));
            default -> {
                // as built
            }
        }
        String delimiter = kind.equals("other-delimiter") ? pick(rnd, List.of(";", "\t", "|")) : ",";
        StringBuilder body = new StringBuilder();
        for (List<String> line : lines) {
            body.append(String.join(delimiter, kind.equals("unbalanced-quote") ? line : line.stream().map(PopulationFuzzCases::cell)
                    .toList())).append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        String text = kind.equals("blank-lines") ? "\n\r\n \n".substring(0, 1 + rnd.nextInt(4)) : body.toString();
        byte[] bytes = switch (kind) {
            case "latin1" -> withAccent(u, bad, text).getBytes(StandardCharsets.ISO_8859_1);
            case "utf16" -> withAccent(u, bad, text).getBytes(rnd.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            case "random-bytes" -> randomBytes(rnd, 1 + rnd.nextInt(4096));
            case "empty-body" -> new byte[0];
            default -> utf8(text);
        };
        StringBuilder query = new StringBuilder();
        if (u.source != null) {
            query.append("?source=").append(encode(u.source));
        }
        if (u.citation != null) {
            query.append(query.length() == 0 ? '?' : '&').append("citation=").append(encode(u.citation));
        }
        return new Case("csv-" + kind, pick(rnd, List.of("text/csv", "text/csv; charset=utf-8", "text/plain")), query.toString(), bytes);
    }

    /** 1 to 5 valid figures of distinct regions on 2023-01-01, some in thousands, some with a basis or a note. */
    private static Upload valid(Random rnd) {
        Upload u = new Upload();
        u.source = "fuzz source " + rnd.nextInt(1_000);
        u.citation = rnd.nextBoolean() ? "table " + rnd.nextInt(10) : null;
        List<String> codes = new ArrayList<>(REGIONS);
        Collections.shuffle(codes, rnd);
        for (int i = 0; i < 1 + rnd.nextInt(5); i++) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("unitCode", codes.get(i));
            f.put("date", "2023-01-01");
            f.put("universe", pick(rnd, List.of("total", "voting-age", "voters", "TOTAL_POPULATION", "VOTERS_ON_ROLL")));
            boolean thousands = rnd.nextInt(4) == 0;
            f.put("value", String.valueOf(thousands ? 1_000 * (10 + rnd.nextInt(2_000)) : 10_000 + rnd.nextInt(2_000_000)));
            if (thousands) {
                f.put("roundedTo", "1000");
            }
            if (rnd.nextInt(4) == 0) {
                f.put("basis", pick(rnd, List.of("AS_ON_DATE", "RECONSTRUCTED")));
            }
            if (rnd.nextInt(4) == 0) {
                f.put("note", "fuzz note " + rnd.nextInt(100));
            }
            u.figures.add(f);
        }
        return u;
    }

    private static String oneFigure(String unit, String value) {
        Upload u = new Upload();
        u.source = "fuzz";
        u.figures.add(Map.of("unitCode", unit, "date", "2023-01-01", "universe", "total", "value", value));
        return jsonOf(u);
    }

    private static String jsonOf(Upload u) {
        StringBuilder b = new StringBuilder("{");
        if (u.source != null) {
            b.append("\"source\":").append(literal(u.source)).append(',');
        }
        if (u.citation != null) {
            b.append("\"citation\":").append(literal(u.citation)).append(',');
        }
        if (!"".equals(u.figuresJson)) {
            List<String> figures = new ArrayList<>();
            for (Map<String, String> f : u.figures) {
                List<String> fields = new ArrayList<>();
                if (f != null) {
                    FIELDS.stream().filter(f::containsKey).forEach(k -> fields.add("\"" + k + "\":" + literal(f.get(k))));
                }
                figures.add(f == null ? "null" : "{" + String.join(",", fields) + "}");
            }
            b.append("\"figures\":").append(u.figuresJson != null ? u.figuresJson : "[" + String.join(",", figures) + "]");
        }
        if (b.charAt(b.length() - 1) == ',') {
            b.setLength(b.length() - 1);
        }
        return b.append('}').toString();
    }

    /** A number as a JSON number, a {@link #RAW} literal as it is, anything else as a JSON string. */
    private static String literal(String text) {
        if (text.startsWith(RAW)) {
            return text.substring(RAW.length());
        }
        if (JSON_NUMBER.matcher(text).matches()) {
            return text;
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** RFC 4180 quoting where a cell needs it. */
    private static String cell(String text) {
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The body with the bad figure's unit code given an é: in a wrong encoding, and an unknown unit if decoded anyway. */
    private static String withAccent(Upload u, int bad, String body) {
        String code = u.figures.get(bad).get("unitCode");
        return body.replace(code, code + "é");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String snake(String camel) {
        return camel.equals("unitCode") ? "unit_code" : camel.equals("roundedTo") ? "rounded_to" : camel;
    }

    private static String camel(String snake) {
        return snake.equals("unit_code") ? "unitCode" : snake.equals("rounded_to") ? "roundedTo" : snake;
    }

    private static List<String> with(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
