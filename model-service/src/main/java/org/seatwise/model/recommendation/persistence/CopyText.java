package org.seatwise.model.recommendation.persistence;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows in COPY's text format, encoded as UTF-8 (the connection's client encoding): a line per row, a tab between
 * columns, {@code \N} for NULL, backslash escapes for backslash, tab, line feed and carriage return. Written as bytes
 * once: built in a {@code StringBuilder} a char at a time, then copied to a String and encoded by the driver, it was a
 * quarter of model-service's consumer CPU in a 100,000-unit bulletin (docs/performance.md).
 */
final class CopyText {

    private byte[] bytes;
    private int length;

    private CopyText(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    /** The rows; each holds its columns' texts, null for SQL NULL. */
    static CopyText of(String[][] rows) {
        CopyText text = new CopyText(rows.length * 320);
        for (String[] row : rows) {
            for (int col = 0; col < row.length; col++) {
                if (col > 0) {
                    text.put((byte) '\t');
                }
                text.value(row[col]);
            }
            text.put((byte) '\n');
        }
        return text;
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, length);
    }

    /** The bytes written, a copy. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void value(String value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
            return;
        }
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            byte escaped = switch (value.charAt(i)) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (escaped != 0) {
                utf8(value.substring(from, i));
                put((byte) '\\');
                put(escaped);
                from = i + 1;
            }
        }
        utf8(from == 0 ? value : value.substring(from));
    }

    private void utf8(String s) {
        byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
        room(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    private void put(byte b) {
        room(1);
        bytes[length++] = b;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
