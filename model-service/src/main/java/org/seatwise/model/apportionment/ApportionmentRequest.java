package org.seatwise.model.apportionment;

import java.util.List;

/**
 * One apportionment to compute.
 *
 * @param method  how seats follow population
 * @param seats   the seats to share (the house size)
 * @param bounds  the minimum and maximum per unit (none when null)
 * @param units   the units, in the order answers list them and ties are resolved by
 * @param tieRule what a tie for the last seat(s) leads to ({@link TieRule#REQUEST_ORDER} when null)
 */
public record ApportionmentRequest(ApportionmentMethod method, int seats, SeatBounds bounds, List<Unit> units,
        TieRule tieRule) {

    public ApportionmentRequest {
        bounds = bounds == null ? SeatBounds.none() : bounds;
        units = units == null ? null : List.copyOf(units);
        tieRule = tieRule == null ? TieRule.REQUEST_ORDER : tieRule;
    }

    /** No bounds, ties resolved by request order. */
    public static ApportionmentRequest of(ApportionmentMethod method, int seats, List<Unit> units) {
        return new ApportionmentRequest(method, seats, SeatBounds.none(), units, TieRule.REQUEST_ORDER);
    }

    public ApportionmentRequest withBounds(SeatBounds newBounds) {
        return new ApportionmentRequest(method, seats, newBounds, units, tieRule);
    }

    public ApportionmentRequest withSeats(int newSeats) {
        return new ApportionmentRequest(method, newSeats, bounds, units, tieRule);
    }

    public ApportionmentRequest withTieRule(TieRule newRule) {
        return new ApportionmentRequest(method, seats, bounds, units, newRule);
    }
}
