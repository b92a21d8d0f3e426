package org.seatwise.election.bulletin;

/** Voters on the roll of one unit, from line {@code line} of the uploaded bulletin. */
public record RollRow(int line, String unitCode, long voters) {
}
