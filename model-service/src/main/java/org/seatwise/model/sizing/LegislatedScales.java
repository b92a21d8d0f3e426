package org.seatwise.model.sizing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.seatwise.platform.csv.CsvTable;

/** The legislated scales seatwise ships, read from {@code scales/*.csv}. */
public final class LegislatedScales {

    public static final String FRANCE = "france-cgct-l2121-2";
    public static final String POLAND = "poland-gmina-art17";

    /**
     * Councils the French law sizes outside the L2121-2 table: the councils of Paris, Marseille and
     * Lyon (law no. 82-1169 of 31 December 1982, "PLM"), by name and by INSEE commune code.
     */
    private static final Map<String, Integer> FRANCE_FIXED = Map.of(
            "Paris", 163, "75056", 163,
            "Marseille", 101, "13055", 101,
            "Lyon", 73, "69123", 73);

    private static final LegislatedScale FRANCE_SCALE = new LegislatedScale(FRANCE,
            "France, Code général des collectivités territoriales, article L2121-2 (version in force since 2014)",
            brackets(FRANCE + ".csv"), FRANCE_FIXED, null);

    private static final LegislatedScale POLAND_SCALE = new LegislatedScale(POLAND,
            "Poland, Act of 8 March 1990 on municipal self-government, article 17",
            brackets(POLAND + ".csv"), Map.of(), null);

    private LegislatedScales() {
    }

    public static LegislatedScale france() {
        return FRANCE_SCALE;
    }

    public static LegislatedScale poland() {
        return POLAND_SCALE;
    }

    /** The shipped scales, by identifier. */
    public static List<LegislatedScale> all() {
        return List.of(FRANCE_SCALE, POLAND_SCALE);
    }

    public static Optional<LegislatedScale> byId(String scale) {
        return all().stream().filter(s -> s.scale().equals(scale)).findFirst();
    }

    public static String ids() {
        return all().stream().map(LegislatedScale::scale).collect(Collectors.joining(", "));
    }

    private static List<Bracket> brackets(String file) {
        return CsvTable.parseResource("/scales/" + file).rows().stream()
                .map(r -> new Bracket(Long.parseLong(r.get("min_population").trim()), Integer.parseInt(r.get("seats").trim())))
                .toList();
    }
}
