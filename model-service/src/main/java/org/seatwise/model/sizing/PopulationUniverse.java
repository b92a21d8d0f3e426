package org.seatwise.model.sizing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which count of people a model is fed. The study feeds the cube root law with voters on the roll;
 * Taagepera's own 1972 form uses the literate adult population; legislated scales name inhabitants.
 */
public enum PopulationUniverse {
    /** Citizens on the electoral roll (passive voting rights), as published by an election commission. */
    VOTERS("voters", "citizens on the electoral roll"),
    /** Everyone resident, as counted by a census or estimated by a statistics office. */
    TOTAL_POPULATION("total-population", "resident population (census or official estimate)"),
    /** Residents of voting age. */
    ADULTS("adults", "residents of voting age"),
    /** Literate residents of voting age (Taagepera's P_a). */
    LITERATE_ADULTS("literate-adults", "literate residents of voting age");

    private final String id;
    private final String meaning;

    PopulationUniverse(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<PopulationUniverse> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.id.equals(t) || u.name().equalsIgnoreCase(t)).findFirst();
    }

    /** The accepted identifiers, for error messages and the catalogue. */
    public static String ids() {
        return Arrays.stream(values()).map(PopulationUniverse::id).collect(Collectors.joining(", "));
    }
}
