package org.seatwise.model.sizing;

/**
 * One row of a legislated scale: from {@code minPopulation} inhabitants (inclusive) up to the next
 * bracket's minimum, a council has {@code seats} seats.
 */
public record Bracket(long minPopulation, int seats) {

    /** The bracket as written in a {@code brackets} parameter: {@code minPopulation:seats}. */
    public String text() {
        return minPopulation + ":" + seats;
    }
}
