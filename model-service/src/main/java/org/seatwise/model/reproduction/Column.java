package org.seatwise.model.reproduction;

import java.util.List;
import java.util.function.Function;

/**
 * A printed column of the study, the rule it is checked against, and every candidate rule searched
 * when a printed value differs.
 *
 * @param table         "Table 1" or "Table 2"
 * @param printedColumn the CSV column holding the printed values, e.g. {@code cube_root_as_printed}
 * @param title         what the column is, in words
 * @param printed       the printed value of a row; null where the study prints none
 * @param reference     the stated rule the column is checked against
 * @param shown         the rules whose values are shown beside every printed value
 * @param candidates    every rule searched (includes the reference and the shown rules)
 * @param signed        whether values are written with a sign (changes: +7, -15)
 * @param <R>           the row type
 */
public record Column<R>(String table, String printedColumn, String title, Function<R, Integer> printed,
        CandidateRule<R> reference, List<CandidateRule<R>> shown, List<CandidateRule<R>> candidates, boolean signed) {

    public Column {
        shown = List.copyOf(shown);
        candidates = List.copyOf(candidates);
        if (!candidates.contains(reference) || !candidates.containsAll(shown)) {
            throw new IllegalArgumentException("the reference and shown rules must be among the candidates");
        }
    }
}
