package org.seatwise.election.bulletin;

/**
 * Why a bulletin is rejected: a field of the bulletin ({@code line} null) or of one row.
 */
public record RowError(Integer line, String field, String value, String reason) {
}
