package org.seatwise.election.unit;

import java.time.LocalDate;

/**
 * The latest total population census-service has announced for a unit, with where it comes from.
 *
 * @param date the date the figure describes (a census day or an estimate's reference date)
 */
public record KnownPopulation(String unitCode, String figureId, LocalDate date, long population, String source,
        String citation) {

    /** "2,119,000 (Bureau of National Statistics, 2023-01-01)": the figure as an error message cites it. */
    public String cited() {
        return String.format(java.util.Locale.ROOT, "%,d (%s, %s)", population, source, date);
    }

    /** The later figure wins; a figure of the same date replaces the one announced before it. */
    public boolean supersedes(KnownPopulation other) {
        return other == null || !date.isBefore(other.date());
    }
}
