package org.seatwise.model.reproduction;

import java.util.List;

/**
 * A printed column as a whole.
 *
 * @param printedValues  how many values the column prints
 * @param reproduced     how many the reference rule gives
 * @param otherRule      how many only another candidate rule gives
 * @param unexplained    how many no candidate rule gives
 * @param rules          the shown rules and every candidate rule that gives at least one printed value,
 *                       most rows first
 * @param singleRuleId   a candidate rule that gives every printed value, or null when there is none
 * @param finding        the column's story in one or two sentences
 */
public record ColumnSummary(String table, String column, String title, String referenceRuleId, String referenceRule,
        int printedValues, int reproduced, int otherRule, int unexplained, List<RuleCount> rules, String singleRuleId,
        String finding) {

    public ColumnSummary {
        rules = List.copyOf(rules);
    }
}
