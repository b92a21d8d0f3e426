package org.seatwise.model.apportionment;

/**
 * What an apportioner hands back: seats per unit index, and the tie at the last seat if any,
 * already resolved in favour of the tied units listed first.
 *
 * @param seats     seats per unit, in request order
 * @param tied      indices of the tied units, ascending; empty when there is no tie
 * @param tiedSeats how many seats they were tied for; the first {@code tiedSeats} of {@code tied} got them
 */
record Shares(int[] seats, int[] tied, int tiedSeats) {

    static Shares untied(int[] seats) {
        return new Shares(seats, new int[0], 0);
    }
}
