package org.seatwise.model.reproduction;

import java.util.List;

/**
 * How many printed values of a column one rule gives.
 *
 * @param rows  how many printed values it gives
 * @param codes the units whose printed value it gives
 */
public record RuleCount(String ruleId, String rule, int departures, int rows, List<String> codes) {

    public RuleCount {
        codes = List.copyOf(codes);
    }
}
