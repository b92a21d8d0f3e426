package org.seatwise.gateway.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a JSON array of objects (every table the API answers) into RFC 4180 CSV: one row per
 * element, one column per field, nested objects flattened with dotted names
 * ({@code input.provenance.source}), columns in the order they first appear.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula, so such text is prefixed with a single quote (OWASP, "CSV Injection"). JSON numbers are
 * left as they are: {@code -3} is a number to a spreadsheet, never a formula, and a gap is often negative.
 */
public final class JsonCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String CRLF = "\r\n";

    private JsonCsv() {
    }

    /** A cell: its text, and whether it came from a JSON number or boolean (never a formula). */
    private record Cell(String text, boolean literal) {
    }

    /** The CSV of a JSON array; elements that are not objects make a column named {@code value}. */
    public static String toCsv(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("only a JSON array is a table");
        }
        List<Map<String, Cell>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode element : array) {
            Map<String, Cell> row = new LinkedHashMap<>();
            if (element.isObject()) {
                flatten("", element, row);
            } else {
                row.put("value", cell(element));
            }
            columns.addAll(row.keySet());
            rows.add(row);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(c -> field(new Cell(c, false))).toList())).append(CRLF);
        for (Map<String, Cell> row : rows) {
            List<String> fields = new ArrayList<>(columns.size());
            for (String column : columns) {
                fields.add(field(row.getOrDefault(column, new Cell("", true))));
            }
            out.append(String.join(",", fields)).append(CRLF);
        }
        return out.toString();
    }

    /**
     * Whether an Accept header asks for CSV before JSON: {@code text/csv} has the highest quality
     * among the types named (the first named on a tie).
     */
    public static boolean wanted(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        String best = null;
        double bestQ = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > bestQ) {
                best = type;
                bestQ = q;
            }
        }
        return MEDIA_TYPE.equals(best);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Cell> row) {
        var fields = node.fields();
        if (!fields.hasNext() && !prefix.isEmpty()) {
            row.put(prefix.substring(0, prefix.length() - 1), new Cell("", true));
        }
        while (fields.hasNext()) {
            var field = fields.next();
            String name = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(name + ".", field.getValue(), row);
            } else {
                row.put(name, cell(field.getValue()));
            }
        }
    }

    private static Cell cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return new Cell("", true);
        }
        if (value.isNumber()) {
            return new Cell(value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText(), true);
        }
        if (value.isBoolean()) {
            return new Cell(value.asText(), true);
        }
        if (value.isArray()) {
            boolean scalars = true;
            for (JsonNode e : value) {
                scalars &= e.isValueNode() || e.isNull();
            }
            if (!scalars) {
                return new Cell(value.toString(), false);
            }
            List<String> parts = new ArrayList<>();
            value.forEach(e -> parts.add(e.isNull() ? "" : e.asText()));
            return new Cell(String.join("; ", parts), false);
        }
        return new Cell(value.asText(), false);
    }

    private static String field(Cell cell) {
        String text = cell.text();
        if (!cell.literal() && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
