package org.seatwise.model.recommendation;

import java.util.UUID;

import org.seatwise.model.sizing.SeatSize;

/**
 * What a current recommendation concluded, as recomputation compares a new result with it: the figure's
 * voters, the size and the seats of the latest convocation, and the id a successor names.
 */
public record Outcome(UUID id, long voters, SeatSize size, Integer currentSeats) {
}
