package org.seatwise.model.apportionment.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of {@code POST /api/v1/apportionments}: allocations in request order, the ties met,
 * the rule that resolved them, and the indices of the result.
 */
public record ApportionmentResponseBody(String method, int seats, int minimumPerUnit, Integer maximumPerUnit,
        List<AllocationBody> allocations, List<TieBody> ties, String tieRule, IndicesBody indices) {

    /** One unit's seats and its quota (population × seats / total population, six decimals). */
    public record AllocationBody(String id, long population, int seats, BigDecimal quota) {
    }

    /** Units exactly tied for {@code seats} seat(s), and who received them under {@code rule}. */
    public record TieBody(List<String> units, int seats, List<String> awardedTo, String rule) {
    }
}
