package org.seatwise.census.unit;

/**
 * The unit of an earlier census that a source compares this unit with, e.g. the 2025 maslikhat study
 * compares Turkestan region with "Chimkent Region (South Kazakhstan Region) without Shymkent city" of
 * the 1989 census.
 *
 * @param census          which census, e.g. {@code 1989 census}
 * @param describedAs     the predecessor as the source words it
 * @param predecessorCode the registered unit that predecessor is (possibly under a former name), or
 *                        null when it is no unit of its own (a city inside a region, a part of a region)
 * @param note            how the two relate, in a sentence; null when nothing needs saying
 */
public record CensusPredecessor(String census, String describedAs, String predecessorCode, String note) {

    public CensusPredecessor {
        if (census == null || census.isBlank() || describedAs == null || describedAs.isBlank()) {
            throw new IllegalArgumentException("a census predecessor names its census and describes the predecessor");
        }
    }
}
