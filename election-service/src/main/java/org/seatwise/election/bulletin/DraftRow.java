package org.seatwise.election.bulletin;

/** A bulletin row as uploaded, before validation: the texts exactly as the caller sent them. */
public record DraftRow(int line, String unitCode, String voters) {
}
