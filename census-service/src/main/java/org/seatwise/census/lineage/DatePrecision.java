package org.seatwise.census.lineage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How precisely a date is known. Dates known to the month or year are stored as its first day. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The date as far as it is known: {@code 2022-06-08}, {@code 1992-07} or {@code 1992}. */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.format(DateTimeFormatter.ofPattern("uuuu-MM"));
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** Reads {@code 2022-06-08}, {@code 1992-07} or {@code 1992}, returning the first day and the precision. */
    public static Dated parse(String text) {
        String t = text.trim();
        if (t.matches("\\d{4}")) {
            return new Dated(LocalDate.of(Integer.parseInt(t), 1, 1), YEAR);
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            return new Dated(LocalDate.parse(t + "-01"), MONTH);
        }
        return new Dated(LocalDate.parse(t), DAY);
    }

    /** A date with its precision. */
    public record Dated(LocalDate date, DatePrecision precision) {
    }
}
