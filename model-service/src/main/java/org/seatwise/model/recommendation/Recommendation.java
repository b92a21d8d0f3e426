package org.seatwise.model.recommendation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.seatwise.model.readmodel.RollFigure;
import org.seatwise.model.sizing.SeatSize;

/**
 * The seats one configuration recommends for one unit, with the input it was computed from.
 *
 * @param id           derived from the inputs: the same inputs always give the same id
 * @param currentSeats seats of the latest convocation, null when unknown
 * @param gap          currentSeats − seats, null when currentSeats is unknown
 */
public record Recommendation(UUID id, String unitCode, Configuration configuration, RollFigure input, SeatSize size,
        Integer currentSeats, Integer gap, Instant computedAt) {

    /**
     * This recommendation as the successor of {@code previous}: its id also names the one it replaces,
     * so that a result that returns (A → B → A) is a new recommendation and a new event, never a second
     * event under an id already published with other content. The same inputs after the same
     * predecessor still give the same id.
     */
    public Recommendation following(Outcome previous) {
        UUID successor = UUID.nameUUIDFromBytes((id + "|after|" + previous.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Recommendation(successor, unitCode, configuration, input, size, currentSeats, gap, computedAt);
    }

    /** The same recommendation stamped with the time it was first computed. */
    public Recommendation computedAt(Instant firstComputed) {
        return new Recommendation(id, unitCode, configuration, input, size, currentSeats, gap, firstComputed);
    }

    /** What this one concluded, as a later recomputation compares with it. */
    public Outcome outcome() {
        return new Outcome(id, input.voters(), size, currentSeats);
    }

    /** Whether this recommends the same thing from the same figure as {@code other}, whatever their ids and times. */
    public boolean sameResultAs(Outcome other) {
        return other != null && input.voters() == other.voters() && size.seats() == other.size().seats()
                && size.rounded() == other.size().rounded() && size.raw().compareTo(other.size().raw()) == 0
                && Objects.equals(size.cap(), other.size().cap()) && size.capBinds() == other.size().capBinds()
                && Objects.equals(currentSeats, other.currentSeats());
    }
}
