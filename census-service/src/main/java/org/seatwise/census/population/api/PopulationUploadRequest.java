package org.seatwise.census.population.api;

import java.util.ArrayList;
import java.util.List;

import org.seatwise.census.population.DraftFigure;
import org.seatwise.census.population.DraftUpload;

/**
 * The JSON body of {@code POST /api/v1/population}. Values are read as sent (a number or a string)
 * and checked by the validator, so that {@code 12.5} or {@code "n/a"} is reported per row instead of
 * failing the whole body.
 */
public record PopulationUploadRequest(String source, String citation, List<Row> figures) {

    /**
     * @param value     a whole number
     * @param roundedTo 1 (default) for an exact count, 1000 when the source gives thousands
     * @param basis     AS_ON_DATE (default) or RECONSTRUCTED
     * @param note      a caveat of this figure, appended to the citation
     */
    public record Row(String unitCode, String date, String universe, Object value, Object roundedTo, String basis,
            String note) {
    }

    DraftUpload toDraft() {
        List<DraftFigure> rows = new ArrayList<>();
        if (figures != null) {
            for (int i = 0; i < figures.size(); i++) {
                Row r = figures.get(i);
                rows.add(r == null ? new DraftFigure(i + 1, null, null, null, null, null, null, null)
                        : new DraftFigure(i + 1, r.unitCode(), r.date(), r.universe(), text(r.value()), text(r.roundedTo()),
                                r.basis(), r.note()));
            }
        }
        return new DraftUpload(source, citation, rows);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d && d.isInfinite() || value instanceof Float f && f.isInfinite()) {
            return value.toString(); // 1e400 reads as Infinity: "not a whole number", not a 500 (found by FuzzIT)
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            return new java.math.BigDecimal(value.toString()).toPlainString();
        }
        return value.toString();
    }
}
