package org.seatwise.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV document (RFC 4180: comma separated, double quotes, doubled quotes inside quotes) read
 * strictly: UTF-8 with or without BOM, a header row, every row the header's width. Each row keeps
 * its line number so that errors can name it.
 */
public record CsvTable(List<String> header, List<Row> rows) {

    /**
     * A data row; {@code line} is the 1-based line of the file where the row starts. Its values are an array
     * indexed by the table's one column map: a map per row was a third of election-service's heap while it
     * held a 100,000-row bulletin (docs/performance.md).
     */
    public static final class Row {
        private final int line;
        private final Map<String, Integer> columns;
        private final String[] values;

        Row(int line, Map<String, Integer> columns, String[] values) {
            this.line = line;
            this.columns = columns;
            this.values = values;
        }

        public int line() {
            return line;
        }

        /** The value under a column of the header (the last of that name), or null if the header has none. */
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null ? null : values[index];
        }

        public Optional<String> optional(String column) {
            String v = get(column);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
        }

        @Override
        public String toString() {
            return "Row[line=" + line + ", values=" + Arrays.toString(values) + "]";
        }
    }

    /** A reason the document cannot be read at all, or a row that does not fit the header. */
    public static class CsvException extends Exception {
        private final int line;

        public CsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static CsvTable parse(InputStream in) throws IOException, CsvException {
        return parse(in.readAllBytes());
    }

    public static CsvTable parse(byte[] bytes) throws CsvException {
        String text = decode(bytes);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(fields);
                    lines.add(recordLine);
                }
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvException(recordLine, "a quoted field opened on line " + recordLine + " is never closed");
        }
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new CsvException(1, "the file is empty: a header row is expected");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        Map<String, Integer> columns = new HashMap<>();
        for (int k = 0; k < header.size(); k++) {
            columns.put(header.get(k), k);
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() != header.size()) {
                throw new CsvException(lines.get(r), "line " + lines.get(r) + " has " + values.size()
                        + " fields, the header has " + header.size());
            }
            rows.add(new Row(lines.get(r), columns, values.toArray(String[]::new)));
            records.set(r, null); // each record as soon as it is a row: the file is not held twice
        }
        return new CsvTable(header, rows);
    }

    private static String decode(byte[] bytes) throws CsvException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvException(1, "the file is not valid UTF-8");
        }
    }

    /** A table shipped on the classpath (seed data, scales): a missing or malformed one is a build defect. */
    public static CsvTable parseResource(String path) {
        try (InputStream in = CsvTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return parse(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + path, e);
        } catch (CsvException e) {
            throw new IllegalStateException(path + " line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    static CsvTable parse(String text) throws CsvException {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

}
