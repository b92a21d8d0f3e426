package org.seatwise.model.apportionment;

/**
 * The least and the most seats any one unit may receive.
 *
 * @param minimum at least this many seats per unit (0 for none)
 * @param maximum at most this many seats per unit, or null for no maximum
 */
public record SeatBounds(int minimum, Integer maximum) {

    public static SeatBounds none() {
        return new SeatBounds(0, null);
    }

    public static SeatBounds atLeast(int minimum) {
        return new SeatBounds(minimum, null);
    }
}
