package org.seatwise.census.population;

/**
 * One reason an upload is refused.
 *
 * @param row   1-based row, or null when the error is about the upload as a whole
 * @param field the field of the row ({@code unitCode}, {@code value}…) or of the upload ({@code source})
 */
public record RowError(Integer row, String field, String value, String reason) {
}
