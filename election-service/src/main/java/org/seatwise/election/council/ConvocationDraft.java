package org.seatwise.election.council;

/**
 * A convocation's seat count as written by an analyst, before validation: every field is the
 * caller's text (null when absent).
 *
 * @param sourceDate the date the source gives the count for; the election date when absent
 */
public record ConvocationDraft(String unitCode, String convocation, String electionDate, String seats, String source,
        String sourceDate, String citation) {
}
