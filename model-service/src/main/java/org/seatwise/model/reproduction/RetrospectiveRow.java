package org.seatwise.model.reproduction;

/**
 * One row of the study's Table 1 as printed (study/paper-table1-retrospective.csv).
 *
 * @param deputies1994                 deputies of the I convocation (1994); null where the table has none
 * @param deputies2023                 deputies of the VIII convocation (2023)
 * @param deputiesChangePrinted        the printed change of deputies, in whole percent; null where none is printed
 * @param population1989Thousands      population at the 1989 census, thousands
 * @param population2023Thousands      population in 2023, thousands
 * @param populationChangePrinted      the printed change of population, in whole percent
 */
public record RetrospectiveRow(String code, Integer deputies1994, int deputies2023, Integer deputiesChangePrinted,
        long population1989Thousands, long population2023Thousands, Integer populationChangePrinted) {
}
