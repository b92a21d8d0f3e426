package org.seatwise.model.reproduction;

import java.math.BigDecimal;

/**
 * A rule applied to one row.
 *
 * @param ruleId     the rule's identifier
 * @param rule       the rule in words
 * @param departures how far the rule is from the column's reference rule (see {@link CandidateRule})
 * @param exact      the value before it is made a whole number
 * @param value      the whole number the rule gives
 * @param working    the arithmetic
 */
public record Outcome(String ruleId, String rule, int departures, BigDecimal exact, int value, String working) {

    static <R> Outcome of(CandidateRule<R> rule, Computation c) {
        return new Outcome(rule.id(), rule.description(), rule.departures(), c.exact(), c.value(), c.working());
    }
}
