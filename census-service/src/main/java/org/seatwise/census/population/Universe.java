package org.seatwise.census.population;

import java.util.Locale;
import java.util.Optional;

/** Whom a population figure counts. The names are those of the {@code PopulationRecorded} contract. */
public enum Universe {
    TOTAL_POPULATION("total"),
    VOTING_AGE_POPULATION("voting-age"),
    /** Citizens on the electoral roll (with passive voting rights), as an election commission counts them. */
    VOTERS_ON_ROLL("voters");

    private final String shortName;

    Universe(String shortName) {
        this.shortName = shortName;
    }

    /** Reads {@code TOTAL_POPULATION}, {@code total-population} or the short names {@code total}, {@code voting-age}, {@code voters}. */
    public static Optional<Universe> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Universe u : values()) {
            if (u.name().equals(t) || u.shortName.toUpperCase(Locale.ROOT).replace('-', '_').equals(t)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
