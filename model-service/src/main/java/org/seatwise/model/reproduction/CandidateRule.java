package org.seatwise.model.reproduction;

import java.util.Optional;
import java.util.function.Function;

/**
 * One way a printed figure may have been computed from its row's inputs.
 *
 * @param id          stable identifier, e.g. {@code change/earlier/nearest}
 * @param description the rule in words
 * @param departures  how many choices it makes differently from the column's reference rule (0 for
 *                    the reference itself): another rounding, another base, a ratio for a change, a
 *                    reversed sign, another input
 * @param compute     the rule applied to a row; empty when the row lacks an input it needs
 * @param <R>         the row type
 */
public record CandidateRule<R>(String id, String description, int departures, Function<R, Optional<Computation>> compute) {

    public Optional<Computation> on(R row) {
        return compute.apply(row);
    }
}
