package org.seatwise.model.apportionment;

import java.util.List;

/**
 * The seats of every unit, in request order, with the ties met on the way and how far the result
 * is from equal representation.
 */
public record ApportionmentResult(ApportionmentMethod method, int seats, SeatBounds bounds, List<Allocation> allocations,
        List<Tie> ties, TieRule tieRule, MalapportionmentIndices indices) {

    public ApportionmentResult {
        allocations = List.copyOf(allocations);
        ties = List.copyOf(ties);
    }

    /** The seats alone, in request order. */
    public int[] seatsPerUnit() {
        return allocations.stream().mapToInt(Allocation::seats).toArray();
    }
}
