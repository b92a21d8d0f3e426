package org.seatwise.election.cap;

/** A legal cap as written by an analyst, before validation: every field is the caller's text (null when absent). */
public record CapDraft(String jurisdiction, String unitKind, String maxSeats, String legalAct, String inForceFrom,
        String source, String sourceDate) {
}
