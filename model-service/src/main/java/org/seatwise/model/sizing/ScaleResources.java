package org.seatwise.model.sizing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.seatwise.platform.csv.CsvTable;

/** Reads the CSV files shipped under {@code src/main/resources/scales} (see PROVENANCE.md there). */
final class ScaleResources {

    private ScaleResources() {
    }

    static CsvTable read(String name) {
        String path = "/scales/" + name;
        try (InputStream in = ScaleResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return CsvTable.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvTable.CsvException e) {
            throw new IllegalStateException(path + " line " + e.line() + ": " + e.getMessage(), e);
        }
    }
}
