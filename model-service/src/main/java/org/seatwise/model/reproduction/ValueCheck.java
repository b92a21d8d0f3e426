package org.seatwise.model.reproduction;

import java.util.List;

/**
 * One printed value beside its recomputation.
 *
 * @param code               the unit's code
 * @param table              "Table 1" or "Table 2"
 * @param column             the CSV column of the printed value
 * @param printed            the value as printed; null when none is printed
 * @param reference          the column's reference rule applied to this row; null when it lacks an input
 * @param recomputed         the shown rules applied to this row
 * @param verdict            how the printed value compares
 * @param explanation        for {@link Verdict#OTHER_RULE} the likeliest rule giving the printed value; for
 *                           {@link Verdict#UNEXPLAINED} the closest candidate; null otherwise
 * @param explanationSupport how many printed values of the column the explanation's rule gives
 * @param alternatives       other candidate rules that also give the printed value (at most four)
 * @param finding            the comparison in one sentence
 */
public record ValueCheck(String code, String table, String column, Integer printed, Outcome reference,
        List<Outcome> recomputed, Verdict verdict, Outcome explanation, int explanationSupport, List<String> alternatives,
        String finding) {

    public ValueCheck {
        recomputed = List.copyOf(recomputed);
        alternatives = List.copyOf(alternatives);
    }

    /** Whether the printed value is flagged: printed, and not given by the reference rule. */
    public boolean flagged() {
        return verdict == Verdict.OTHER_RULE || verdict == Verdict.UNEXPLAINED;
    }
}
