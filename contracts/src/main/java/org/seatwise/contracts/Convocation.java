package org.seatwise.contracts;

import java.util.Locale;

/**
 * Convocations are numbered in Roman numerals, as election commissions number them (I = the first
 * elected council … VIII); their order is the numeral's value.
 */
public final class Convocation {

    private static final String PATTERN = "M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})";

    private Convocation() {
    }

    /** I → 1, VIII → 8; rejects anything that is not a Roman numeral. */
    public static int ordinal(String numeral) {
        String s = numeral == null ? "" : numeral.trim().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || !s.matches(PATTERN)) {
            throw new IllegalArgumentException("not a Roman numeral: " + numeral);
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            total += i + 1 < s.length() && v < value(s.charAt(i + 1)) ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }
}
