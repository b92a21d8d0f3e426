package org.seatwise.census.population;

/**
 * One row of an upload as received: text, not yet checked.
 *
 * @param row       1-based: the CSV line, or the position in the JSON array
 * @param roundedTo blank for an exact count
 * @param basis     blank for {@link Basis#AS_ON_DATE}
 * @param note      a caveat of this row, appended to the upload's citation
 */
public record DraftFigure(int row, String unitCode, String date, String universe, String value, String roundedTo,
        String basis, String note) {
}
