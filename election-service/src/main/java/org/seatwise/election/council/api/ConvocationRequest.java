package org.seatwise.election.council.api;

import org.seatwise.election.council.ConvocationDraft;

/**
 * The body of {@code PUT /api/v1/councils/{unit}/convocations/{number}}. Fields are read as text
 * ({@code "seats": 46} and {@code "seats": "46"} alike) so that a bad value is named, not a 400.
 */
public record ConvocationRequest(String electionDate, String seats, String source, String sourceDate, String citation) {

    ConvocationDraft toDraft(String unitCode, String convocation) {
        return new ConvocationDraft(unitCode, convocation, electionDate, seats, source, sourceDate, citation);
    }
}
