package org.seatwise.model.recommendation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PostgreSQL's COPY text format, as {@link CopyText} writes it (the database's reading of it: RecommendationStoreTest). */
class CopyTextTest {

    private static String written(String[]... rows) {
        return new String(CopyText.of(rows).toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a line per row, a tab between columns, \\N for NULL")
    void rowsColumnsAndNulls() {
        assertThat(written(new String[] { "KZ-61", "106", null }, new String[] { "", "x", "y" }))
                .isEqualTo("KZ-61\t106\t\\N\n\tx\ty\n");
    }

    @Test
    @DisplayName("backslash, tab, line feed and carriage return are escaped, wherever they stand in a value")
    void controlCharactersEscaped() {
        assertThat(written(new String[] { "\\a\tb\nc\rd\\", "\t" })).isEqualTo("\\\\a\\tb\\nc\\rd\\\\\t\\t\n");
    }

    @Test
    @DisplayName("a value that is \\N or \\. as text stays text: its backslash is escaped")
    void markersAreNotWrittenRaw() {
        assertThat(written(new String[] { "\\N", "\\." })).isEqualTo("\\\\N\t\\\\.\n");
    }

    @Test
    @DisplayName("letters beyond ASCII (Kazakh, typographic) are written as UTF-8")
    void utf8() {
        String citation = "Қазақстан — «Ақпараттық бюллетень» № 2";
        byte[] bytes = CopyText.of(new String[][] { { citation, "ә\tі" } }).toByteArray();
        assertThat(bytes).isEqualTo((citation + "\tә\\tі\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("rows beyond the first guess of their size are all kept, and the stream reads what was written")
    void growsAndStreams() throws IOException {
        String[][] rows = new String[50][];
        String wide = "w".repeat(1_000);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] { Integer.toString(i), wide };
        }
        CopyText text = CopyText.of(rows);
        byte[] streamed = text.stream().readAllBytes();
        assertThat(streamed).isEqualTo(text.toByteArray());
        String[] lines = new String(streamed, StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(50);
        assertThat(lines[49]).isEqualTo("49\t" + wide);
    }
}
