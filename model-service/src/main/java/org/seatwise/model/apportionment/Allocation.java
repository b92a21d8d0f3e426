package org.seatwise.model.apportionment;

import java.math.BigDecimal;

/**
 * One unit's seats.
 *
 * @param quota the unit's exact share population × seats / total population, rounded half-even to
 *              six decimals (for reading only; seats are decided exactly)
 */
public record Allocation(String id, long population, int seats, BigDecimal quota) {
}
