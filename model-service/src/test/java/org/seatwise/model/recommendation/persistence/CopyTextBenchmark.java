package org.seatwise.model.recommendation.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Times {@link CopyText} against the way recommendations' COPY text was made before it, in the same run: a
 * {@code StringBuilder} a char at a time, copied to a String, then read by the driver's {@code copyIn(sql, Reader)} in
 * 64 KB chunks, each encoded to UTF-8. 5,000 rows of recommendation columns (one COPY chunk of RecommendationStore);
 * the median of 9 rounds of 20 after 4 warm-up rounds. Not a test: no timing is asserted anywhere.
 *
 * <pre>
 * mvn -o -q -pl model-service test-compile &amp;&amp; java -Xmx128m -XX:+UseSerialGC \
 *     -cp "model-service/target/classes:model-service/target/test-classes" \
 *     org.seatwise.model.recommendation.persistence.CopyTextBenchmark
 * </pre>
 */
public final class CopyTextBenchmark {

    private static final int ROWS = 5_000;
    private static final int WARM_UP = 4;
    private static final int RUNS = 9;
    private static final int PER_ROUND = 20;

    private CopyTextBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String[][] rows = rows();
        double[] before = new double[RUNS];
        double[] now = new double[RUNS];
        long bytes = 0;
        for (int round = 0; round < WARM_UP + RUNS; round++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < PER_ROUND; k++) {
                bytes += encodedByReader(new StringReader(charByChar(rows)));
            }
            long t1 = System.nanoTime();
            for (int k = 0; k < PER_ROUND; k++) {
                bytes -= CopyText.of(rows).stream().readAllBytes().length;
            }
            long t2 = System.nanoTime();
            if (round >= WARM_UP) {
                before[round - WARM_UP] = (t1 - t0) / 1e6 / PER_ROUND;
                now[round - WARM_UP] = (t2 - t1) / 1e6 / PER_ROUND;
            }
        }
        if (bytes != 0) {
            throw new IllegalStateException("the two ways wrote different lengths");
        }
        double b = median(before);
        double n = median(now);
        System.out.printf(Locale.ROOT, "Java %s; %,d rows, median of %d rounds of %d: char by char + Reader %.2f ms, CopyText %.2f ms, "
                + "ratio %.1f%n", System.getProperty("java.version"), ROWS, RUNS, PER_ROUND, b, n, b / n);
    }

    /** The former RecommendationStore.copyText. */
    private static String charByChar(String[][] table) {
        StringBuilder text = new StringBuilder(table.length * 320);
        for (String[] row : table) {
            for (int col = 0; col < row.length; col++) {
                if (col > 0) {
                    text.append('\t');
                }
                String value = row[col];
                if (value == null) {
                    text.append("\\N");
                    continue;
                }
                for (int i = 0; i < value.length(); i++) {
                    char ch = value.charAt(i);
                    switch (ch) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(ch);
                    }
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** What the driver's copyIn(sql, Reader) does with the text before sending it: chunks of chars, each to UTF-8. */
    private static long encodedByReader(Reader reader) throws IOException {
        char[] chunk = new char[65_536];
        long length = 0;
        for (int n; (n = reader.read(chunk)) >= 0;) {
            length += new String(chunk, 0, n).getBytes(StandardCharsets.UTF_8).length;
        }
        return length;
    }

    private static String[][] rows() {
        String[][] rows = new String[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new String[] { UUID.randomUUID().toString(), String.format("KZ-%05d", i), "cube-root/nearest/uncapped",
                "cube-root", "{universe=voters}", "nearest", "false", "VOTERS_ON_ROLL", Long.toString(1_000_000L + i),
                UUID.randomUUID().toString(), "ЦИК РК, информационный бюллетень", "2024-01-02", "№ 2, табл. 2",
                "105.5934919371209716165349416367419", "106", "106", null, "false", "46", "-60", "2026-12-04T16:41:20.357142Z", "1" };
        }
        return rows;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
