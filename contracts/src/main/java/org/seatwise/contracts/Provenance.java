package org.seatwise.contracts;

import java.time.LocalDate;

/**
 * Where a figure comes from: the publication (source), the date the figure describes, and a
 * citation precise enough to find it again (URL, legal act or table number). Every number seatwise
 * shows carries one.
 */
public record Provenance(String source, LocalDate date, String citation) {
}
