package org.seatwise.census.lineage;

/**
 * A unit reached from another through lineage.
 *
 * @param code     the relative
 * @param depth    1 for a direct predecessor or successor, 2 for one further, …
 * @param via      the event that links it to {@code through}
 * @param through  the unit on the path it was reached from (the start unit at depth 1)
 * @param relation how {@code through} relates to the relative through {@code via}, e.g. "split from"
 */
public record Relative(String code, int depth, LineageEvent via, String through, String relation) {
}
