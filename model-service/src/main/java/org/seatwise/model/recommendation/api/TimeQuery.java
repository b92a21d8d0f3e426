package org.seatwise.model.recommendation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/**
 * The two times a recommendation can be asked at. {@code asOf=YYYY-MM-DD}: the figures and law in force on that day
 * (the latest roll date up to it). {@code knownAt=INSTANT}: what seatwise said at that instant (a date alone means
 * the end of that day, UTC). One at a time.
 */
final class TimeQuery {

    /** The earliest day asked about: no roll of an elected council before it is plausible (nor storable as a date). */
    static final LocalDate FLOOR = LocalDate.of(1900, 1, 1);
    private static final LocalDate CEILING = LocalDate.of(9999, 12, 31);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private TimeQuery() {
    }

    /** The day of {@code asOf}, null when absent; refuses it beside {@code knownAt}. */
    static LocalDate asOf(String asOf, String knownAt) {
        if (blank(asOf)) {
            return null;
        }
        if (!blank(knownAt)) {
            throw invalid("asOf and knownAt ask at two different times; give one.", "knownAt", knownAt,
                    "not with asOf: asOf is a day of the figures, knownAt an instant of seatwise's answers");
        }
        LocalDate day = day("asOf", asOf);
        if (day == null) {
            throw invalid("asOf is not a date.", "asOf", asOf, "expected YYYY-MM-DD (the day whose figures and law apply)");
        }
        return day;
    }

    /** The instant of {@code knownAt}, null when absent. */
    static Instant knownAt(String knownAt) {
        if (blank(knownAt)) {
            return null;
        }
        LocalDate day = knownAt.length() == 10 ? day("knownAt", knownAt) : null;
        if (day != null) {
            return day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        try {
            Instant instant = Instant.parse(knownAt);
            if (instant.isBefore(FLOOR.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
                throw invalid("knownAt is before " + FLOOR + ".", "knownAt", knownAt, "not before " + FLOOR);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid("knownAt is not an instant.", "knownAt", knownAt, "expected an ISO-8601 instant, e.g. 2025-02-01T12:00:00Z, or YYYY-MM-DD");
        }
    }

    private static LocalDate day(String field, String text) {
        if (text.length() != 10) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
        if (day.isBefore(FLOOR) || day.isAfter(CEILING)) {
            throw invalid(field + " is before " + FLOOR + ".", field, text, "not before " + FLOOR);
        }
        return day;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ProblemException invalid(String detail, String field, String value, String reason) {
        return new ProblemException(Problem.invalid(detail, List.of(new Problem.FieldError(null, field, value, reason))));
    }
}
