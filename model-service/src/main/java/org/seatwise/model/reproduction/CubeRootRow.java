package org.seatwise.model.reproduction;

/**
 * One row of the study's Table 2 as printed (study/paper-table2-cube-root.csv).
 *
 * @param deputies         deputies in the council now (VIII convocation, 2023)
 * @param voters           voters on the roll of 1 January 2023 (Central Election Commission bulletin)
 * @param cubeRootPrinted  the cube-root size as printed ("approximate value")
 * @param gapPrinted       the printed gap, deputies minus cube-root size
 */
public record CubeRootRow(String code, int deputies, long voters, Integer cubeRootPrinted, Integer gapPrinted) {
}
