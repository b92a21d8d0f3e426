package org.seatwise.election.cap.api;

import org.seatwise.election.cap.CapDraft;

/**
 * The body of {@code POST /api/v1/caps}; {@code jurisdiction} defaults to {@code KZ}, the source to
 * the act and its date to {@code inForceFrom}. Fields are read as text so that a bad value is named.
 */
public record CapRequest(String jurisdiction, String unitKind, String maxSeats, String legalAct, String inForceFrom,
        String source, String sourceDate) {

    CapDraft toDraft() {
        return new CapDraft(jurisdiction, unitKind, maxSeats, legalAct, inForceFrom, source, sourceDate);
    }
}
