package org.seatwise.platform.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/**
 * One page of a list endpoint (OWASP API4, unrestricted resource consumption): at most {@code max}
 * items per answer, from {@code offset}; a limit beyond the cap is refused with 400 rather than
 * silently shortened, so that a client never mistakes a cut list for the whole.
 */
public record Paging(int limit, int offset) {

    /** The header that tells how many items the whole list has. */
    public static final String TOTAL_HEADER = "X-Total-Count";

    /**
     * @param limit  the {@code limit} query parameter as sent, null when absent (then {@code max})
     * @param offset the {@code offset} query parameter as sent, null when absent (then 0)
     * @param max    the largest page this endpoint serves
     */
    public static Paging of(String limit, String offset, int max) {
        return of(limit, offset, max, max);
    }

    /** As {@link #of(String, String, int)}, with a page of {@code absent} items when no limit is given. */
    public static Paging of(String limit, String offset, int absent, int max) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int l = parse(limit, absent, "limit", 1, max, errors);
        int o = parse(offset, 0, "offset", 0, Integer.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            Problem p = Problem.of(400, "invalid-paging", "Invalid paging", "Pages hold 1 to " + max
                    + " items (limit) from a position of 0 or more (offset); the header " + TOTAL_HEADER + " tells the list's size.");
            throw new ProblemException(new Problem(URI.create(p.type().toString()), p.title(), 400, p.detail(), null, errors));
        }
        return new Paging(l, o);
    }

    private static int parse(String text, int absent, String field, int min, int max, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        errors.add(new Problem.FieldError(null, field, shown, "a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
        return absent;
    }

    /** This page of the whole list. */
    public <T> List<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
    }
}
