package org.seatwise.model.apportionment.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/v1/apportionments}. Numbers are read as decimals so that 12.5 seats is refused
 * rather than silently truncated.
 *
 * @param method          hamilton, jefferson (dhondt), webster (sainte-lague), huntington-hill, adams, dean
 * @param seats           seats to share
 * @param minimumPerUnit  at least this many per unit; none when absent
 * @param maximumPerUnit  at most this many per unit; none when absent or null
 * @param tieRule         {@code request-order} (default) or {@code refuse}
 * @param units           the units, in the order of the answer
 */
public record ApportionmentRequestBody(String method, BigDecimal seats, BigDecimal minimumPerUnit,
        BigDecimal maximumPerUnit, String tieRule, List<UnitBody> units) {

    /** A unit to receive seats. */
    public record UnitBody(String id, BigDecimal population) {
    }
}
