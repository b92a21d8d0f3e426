package org.seatwise.model.sizing;

/**
 * Poland's rule for gmina councils written as the law words it (Act of 8 March 1990 on municipal
 * self-government, article 17): 15 councillors up to 20,000 inhabitants, 21 up to 50,000, 23 up to
 * 100,000, 25 up to 200,000, and 3 more for each further started 100,000, at most 45. The bracket
 * table in {@code scales/poland-gmina-art17.csv} is this rule written out; a test holds them equal.
 */
public final class PolandArticle17 {

    public static final int MAXIMUM = 45;

    private PolandArticle17() {
    }

    public static int seats(long inhabitants) {
        if (inhabitants < 0) {
            throw new IllegalArgumentException("inhabitants must not be negative: " + inhabitants);
        }
        if (inhabitants <= 20_000) {
            return 15;
        }
        if (inhabitants <= 50_000) {
            return 21;
        }
        if (inhabitants <= 100_000) {
            return 23;
        }
        if (inhabitants <= 200_000) {
            return 25;
        }
        long startedHundredThousands = (inhabitants - 200_000 + 99_999) / 100_000;
        return (int) Math.min(MAXIMUM, 25 + 3 * startedHundredThousands);
    }
}
