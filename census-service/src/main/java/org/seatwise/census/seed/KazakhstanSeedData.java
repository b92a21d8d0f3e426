package org.seatwise.census.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.seatwise.census.lineage.Certainty;
import org.seatwise.census.lineage.DatePrecision;
import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.LineageKind;
import org.seatwise.census.population.Basis;
import org.seatwise.census.population.DraftFigure;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.population.Universe;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.CensusPredecessor;
import org.seatwise.census.unit.FormerName;
import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;
import org.seatwise.platform.csv.CsvTable;

/**
 * Kazakhstan's seed, read from {@code /seed/kz} (see its PROVENANCE.md): the country, its 20
 * first-level units, the historical regions the 2025 study's 1989 comparison needs, Abai region's ten
 * districts and cities, the lineage events that link them, and the population figures of the study's
 * Table 1 and of Abai region's districts.
 */
public final class KazakhstanSeedData {

    static final String DIR = "/seed/kz/";
    /** The 2025 maslikhat study. */
    public static final String STUDY_TITLE = "Relevance of maslikhat expansion in the context of improving local governance (2025 study)";
    static final Provenance STUDY = new Provenance(STUDY_TITLE, LocalDate.of(2025, 2, 28),
            "regions table; ISO 3166-2:KZ codes; data collected January–February 2025");
    /** Independence of the Republic of Kazakhstan: Constitutional Law of 16 December 1991. */
    static final LocalDate INDEPENDENCE = LocalDate.of(1991, 12, 16);
    /** The reference day of the 1989 All-Union census. */
    public static final LocalDate CENSUS_1989 = LocalDate.of(1989, 1, 12);
    /** The reference day of the 2021 national census of Kazakhstan. */
    public static final LocalDate CENSUS_2021 = LocalDate.of(2021, 10, 1);
    public static final LocalDate ESTIMATE_2023 = LocalDate.of(2023, 1, 1);

    public static final String TABLE1_SOURCE = STUDY_TITLE + ", Table 1";
    public static final String CENSUS_2021_SOURCE = "National population census of 1 October 2021 (Bureau of National Statistics "
            + "of Kazakhstan), as tabulated by citypopulation.de, Kazakhstan: Administrative Division";
    public static final String ESTIMATE_2023_SOURCE = "Official population estimate for 1 January 2023 (Bureau of National "
            + "Statistics of Kazakhstan), as tabulated by citypopulation.de, Kazakhstan: Administrative Division";

    private KazakhstanSeedData() {
    }

    /** Every unit, parents before children. */
    public static List<AdministrativeUnit> units() {
        List<LineageEvent> events = lineage();
        Map<String, List<String>> aliases = new HashMap<>();
        for (CsvTable.Row row : table("iso-letter-codes.csv")) {
            aliases.computeIfAbsent(row.get("code"), c -> new ArrayList<>()).add(row.get("letter_code"));
        }
        Map<String, CsvTable.Row> comparison = new HashMap<>();
        table("study-1989-comparison.csv").forEach(r -> comparison.put(r.get("unit_code"), r));

        List<AdministrativeUnit> units = new ArrayList<>();
        units.add(new AdministrativeUnit("KZ", UnitKind.COUNTRY, new UnitNames("Қазақстан", "Казахстан", "Kazakhstan"),
                null, INDEPENDENCE, null, List.of(), new Provenance("ISO 3166-1", INDEPENDENCE, "alpha-2 code KZ")));
        for (CsvTable.Row row : table("regions.csv")) {
            String code = row.get("code");
            List<CensusPredecessor> predecessors = new ArrayList<>();
            row.optional("predecessor_1989").ifPresent(text -> {
                CsvTable.Row c = comparison.get(code);
                predecessors.add(new CensusPredecessor("1989 census", text,
                        c == null ? null : c.optional("predecessor_code").orElse(null),
                        c == null ? null : c.optional("note").orElse(null)));
            });
            units.add(new AdministrativeUnit(code, UnitKind.parse(row.get("kind")),
                    new UnitNames(row.get("name_kk"), row.get("name_ru"), row.get("name_en")), "KZ",
                    row.optional("established").map(LocalDate::parse).orElse(null), null,
                    aliases.getOrDefault(code, List.of()), STUDY, List.of(), predecessors));
        }
        for (String file : List.of("historical-units.csv", "districts.csv")) {
            for (CsvTable.Row row : table(file)) {
                units.add(new AdministrativeUnit(row.get("code"), UnitKind.parse(row.get("kind")),
                        new UnitNames(row.optional("name_kk").orElse(null), row.optional("name_ru").orElse(null),
                                row.get("name_en")),
                        row.get("parent_code"), row.optional("valid_from").map(LocalDate::parse).orElse(null),
                        row.optional("valid_to").map(LocalDate::parse).orElse(null), List.of(),
                        new Provenance(row.get("source"), LocalDate.parse(row.get("source_date")),
                                row.optional("citation").orElse(null))));
            }
        }
        return units.stream().map(u -> u.withFormerNames(formerNames(u, events))).toList();
    }

    /** The former names a unit's renames imply: each ends on its rename and starts on the previous one. */
    static List<FormerName> formerNames(AdministrativeUnit unit, List<LineageEvent> events) {
        List<LineageEvent> renames = events.stream()
                .filter(e -> e.kind() == LineageKind.RENAMED && e.from().contains(unit.code()))
                .sorted(Comparator.comparing(LineageEvent::date)).toList();
        List<FormerName> former = new ArrayList<>();
        LocalDate start = unit.validFrom();
        for (LineageEvent rename : renames) {
            former.add(new FormerName(rename.previousNames(), start, rename.date()));
            start = rename.date();
        }
        return former;
    }

    /** The lineage events, oldest first. */
    public static List<LineageEvent> lineage() {
        List<LineageEvent> events = new ArrayList<>();
        for (CsvTable.Row row : table("lineage.csv")) {
            DatePrecision.Dated dated = DatePrecision.parse(row.get("date"));
            LineageKind kind = LineageKind.valueOf(row.get("kind"));
            UnitNames previous = row.optional("previous_name_en")
                    .map(en -> new UnitNames(row.optional("previous_name_kk").orElse(null),
                            row.optional("previous_name_ru").orElse(null), en))
                    .orElse(null);
            events.add(new LineageEvent(row.get("id"), kind, dated.date(), dated.precision(), codes(row.get("from")),
                    codes(row.get("to")), previous, row.optional("act").orElse(null), row.optional("note").orElse(null),
                    Certainty.valueOf(row.get("certainty")),
                    new Provenance(row.get("source"), dated.date(), row.optional("citation").orElse(null))));
        }
        events.sort(Comparator.comparing(LineageEvent::date).thenComparing(LineageEvent::id));
        return events;
    }

    /**
     * The population uploads: the study's Table 1 for 1989 and 2023 (printed in thousands, stored as
     * thousands × 1000 with {@code roundedTo} 1000), and Abai region's districts and cities at the 2021
     * census and the 1 January 2023 estimate, with the region's totals.
     */
    public static List<DraftUpload> population() {
        Map<String, CsvTable.Row> comparison = new HashMap<>();
        table("study-1989-comparison.csv").forEach(r -> comparison.put(r.get("unit_code"), r));
        Map<String, String> predecessorText = new HashMap<>();
        table("regions.csv").forEach(r -> r.optional("predecessor_1989").ifPresent(t -> predecessorText.put(r.get("code"), t)));

        List<DraftFigure> y1989 = new ArrayList<>();
        List<DraftFigure> y2023 = new ArrayList<>();
        for (CsvTable.Row row : table("paper-table1-retrospective.csv")) {
            String code = row.get("code");
            CsvTable.Row c = comparison.get(code);
            String basis = c == null ? Basis.AS_ON_DATE.name() : c.get("basis_1989");
            StringBuilder note = new StringBuilder("printed as " + row.get("population_1989_thousands") + " thousand");
            if (predecessorText.containsKey(code)) {
                note.append("; the study's 1989 unit: ").append(predecessorText.get(code));
            }
            if (c != null && basis.equals(Basis.RECONSTRUCTED.name())) {
                note.append("; reconstructed: ").append(c.get("note"));
            }
            y1989.add(new DraftFigure(row.line(), code, CENSUS_1989.toString(), Universe.TOTAL_POPULATION.name(),
                    thousands(row.get("population_1989_thousands")), "1000", basis, note.toString()));
            y2023.add(new DraftFigure(row.line(), code, ESTIMATE_2023.toString(), Universe.TOTAL_POPULATION.name(),
                    thousands(row.get("population_2023_thousands")), "1000", Basis.AS_ON_DATE.name(),
                    "printed as " + row.get("population_2023_thousands") + " thousand"));
        }
        DraftUpload table1For1989 = new DraftUpload(TABLE1_SOURCE, "Table 1, column 'population 1989' (thousands), from the "
                + "1989 All-Union census, whose reference day was 12 January 1989; value rounded to the nearest 1000", y1989);
        DraftUpload table1For2023 = new DraftUpload(TABLE1_SOURCE, "Table 1, column 'population 2023' (thousands); the study "
                + "gives no reference day: dated 1 January 2023 because its 610 thousand for Abai Region matches the official "
                + "estimate for that day (610,205); value rounded to the nearest 1000", y2023);

        Map<String, String> codeByName = new HashMap<>();
        table("districts.csv").forEach(r -> codeByName.put(r.get("name_en"), r.get("code")));
        List<DraftFigure> census = new ArrayList<>();
        List<DraftFigure> estimate = new ArrayList<>();
        long census2021 = 0;
        long estimate2023 = 0;
        for (CsvTable.Row row : table("abai-districts.csv")) {
            String code = codeByName.get(row.get("name_en"));
            if (code == null) {
                throw new IllegalStateException("districts.csv has no code for " + row.get("name_en"));
            }
            boolean reshaped = code.equals("KZ-10-AKSUAT") || code.equals("KZ-10-KOKPEKTI");
            census.add(new DraftFigure(row.line(), code, CENSUS_2021.toString(), Universe.TOTAL_POPULATION.name(),
                    row.get("population_2021_census"), "1", reshaped ? Basis.RECONSTRUCTED.name() : Basis.AS_ON_DATE.name(),
                    reshaped ? "reconstructed: tabulated on the division of 2023; the district's territory changed on "
                            + "7 June 2022 (Aksuat District formed from Tarbagatay District, Samar District from Kokpekti District)"
                            : null));
            estimate.add(new DraftFigure(row.line(), code, ESTIMATE_2023.toString(), Universe.TOTAL_POPULATION.name(),
                    row.get("population_2023_01_01_estimate"), "1", Basis.AS_ON_DATE.name(), null));
            census2021 += Long.parseLong(row.get("population_2021_census"));
            estimate2023 += Long.parseLong(row.get("population_2023_01_01_estimate"));
        }
        census.add(new DraftFigure(census.size() + 2, "KZ-10", CENSUS_2021.toString(), Universe.TOTAL_POPULATION.name(),
                String.valueOf(census2021), "1", Basis.RECONSTRUCTED.name(), "region total, the sum of its ten districts and "
                        + "cities; reconstructed: Abai Region was formed on 8 June 2022, after the census"));
        estimate.add(new DraftFigure(estimate.size() + 2, "KZ-10", ESTIMATE_2023.toString(), Universe.TOTAL_POPULATION.name(),
                String.valueOf(estimate2023), "1", Basis.AS_ON_DATE.name(), "region total, the sum of its ten districts and cities"));
        String abai = "Abai Region: districts and cities of regional significance (file abai-districts.csv)";
        return List.of(table1For1989, table1For2023, new DraftUpload(CENSUS_2021_SOURCE, abai, census),
                new DraftUpload(ESTIMATE_2023_SOURCE, abai, estimate));
    }

    private static String thousands(String printed) {
        return String.valueOf(Long.parseLong(printed.trim()) * 1000);
    }

    private static List<String> codes(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(";")).map(String::trim).toList();
    }

    private static List<CsvTable.Row> table(String file) {
        return CsvTable.parseResource(DIR + file).rows();
    }
}
