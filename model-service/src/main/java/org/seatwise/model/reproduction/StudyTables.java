package org.seatwise.model.reproduction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seatwise.platform.csv.CsvTable;

/**
 * The study's printed tables and its units, read from {@code src/main/resources/study} (see
 * PROVENANCE.md there). Nothing here computes: these are the inputs and the printed values.
 */
public record StudyTables(List<StudyUnit> units, List<RetrospectiveRow> table1, List<CubeRootRow> table2) {

    public static final String STUDY = "\"Relevance of maslikhat expansion in the context of improving local "
            + "governance\" (2025)";

    public StudyTables {
        units = List.copyOf(units);
        table1 = List.copyOf(table1);
        table2 = List.copyOf(table2);
    }

    /** The tables shipped with seatwise. */
    public static StudyTables shipped() {
        List<StudyUnit> units = read("regions.csv").rows().stream().map(r -> new StudyUnit(r.get("code"), r.get("kind"),
                r.get("name_en"), r.get("name_ru"), r.get("name_kk"),
                r.optional("established").map(LocalDate::parse).orElse(null),
                r.optional("predecessor_1989").orElse(null))).toList();
        List<RetrospectiveRow> t1 = read("paper-table1-retrospective.csv").rows().stream()
                .map(r -> new RetrospectiveRow(r.get("code"), integer(r.optional("deputies_1994")),
                        Integer.parseInt(r.get("deputies_2023").trim()), integer(r.optional("deputies_change_pct_as_printed")),
                        Long.parseLong(r.get("population_1989_thousands").trim()),
                        Long.parseLong(r.get("population_2023_thousands").trim()),
                        integer(r.optional("population_change_pct_as_printed"))))
                .toList();
        List<CubeRootRow> t2 = read("paper-table2-cube-root.csv").rows().stream()
                .map(r -> new CubeRootRow(r.get("code"), Integer.parseInt(r.get("deputies").trim()),
                        Long.parseLong(r.get("voters").trim()), integer(r.optional("cube_root_as_printed")),
                        integer(r.optional("gap_as_printed"))))
                .toList();
        return new StudyTables(units, t1, t2);
    }

    /** Units by code. */
    public Map<String, StudyUnit> unitsByCode() {
        return units.stream().collect(Collectors.toMap(StudyUnit::code, Function.identity()));
    }

    /** Table 1's row for a code, if the table has one. */
    public Optional<RetrospectiveRow> table1Row(String code) {
        return table1.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** "+47" and "-15" as printed; a leading plus is the study's way of writing a rise. */
    private static Integer integer(Optional<String> text) {
        return text.map(t -> Integer.parseInt(t.startsWith("+") ? t.substring(1) : t)).orElse(null);
    }

    private static CsvTable read(String name) {
        return CsvTable.parseResource("/study/" + name);
    }
}
