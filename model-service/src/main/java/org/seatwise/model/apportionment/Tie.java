package org.seatwise.model.apportionment;

import java.util.List;

/**
 * Units exactly tied for the last seat(s): any {@code seats} of them could receive one more seat
 * with the same justification.
 *
 * @param units     the tied units, in request order
 * @param seats     how many seats they are tied for (fewer than the tied units)
 * @param awardedTo who received them under the stated {@link TieRule}
 */
public record Tie(List<String> units, int seats, List<String> awardedTo) {

    public Tie {
        units = List.copyOf(units);
        awardedTo = List.copyOf(awardedTo);
    }
}
