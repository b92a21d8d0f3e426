package org.seatwise.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;

/** What the bulletin and population generators of {@link FuzzIT} have in common. */
final class FuzzCases {

    static final long SEED = 20_261_125L;
    /** Cases whose body carries a 1 MB line: a few only, they cost most of the time. */
    static final int MEGA_LINE_EVERY = 2_000;
    /** Units census-service knows on 2023-01-01 (the regions of Kazakhstan). */
    static final List<String> REGIONS = List.of("KZ-61", "KZ-75", "KZ-19", "KZ-71", "KZ-35", "KZ-31", "KZ-79", "KZ-15",
            "KZ-39", "KZ-11", "KZ-55", "KZ-63", "KZ-43", "KZ-27", "KZ-33", "KZ-47", "KZ-23", "KZ-10", "KZ-59", "KZ-62");

    private FuzzCases() {
    }

    /** One generated upload: what is wrong with it, and the request that carries it. */
    record Case(String kind, String contentType, String query, byte[] body) {
    }

    /**
     * The generator of the n-th case: seeded by the fixed seed, the generator's salt and n, so that a
     * case is the same whichever thread makes it. The seed is mixed (SplitMix64's finaliser) because
     * java.util.Random's first draws from consecutive seeds are alike: unmixed, seven cases in ten were CSV.
     */
    static Random random(long salt, int n) {
        long z = SEED * 31 + salt * 1_000_003 + n;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return new Random(z ^ (z >>> 31));
    }

    static boolean isMegaLine(int n) {
        return n % MEGA_LINE_EVERY == MEGA_LINE_EVERY - 1;
    }

    /**
     * The n-th case as a line of about 1 MB: a unit code or a count of a million characters, in a CSV row or
     * a JSON body that the generator's functions make of (unit code, count). The k-th such case
     * (k = n / MEGA_LINE_EVERY) is CSV when k is even, and every second pair has the huge count, so that each
     * format gets both.
     */
    static Case megaLine(Random rnd, int n, String csvQuery, String csvHeader, BinaryOperator<String> csvRow,
            BinaryOperator<String> jsonBody) {
        int k = n / MEGA_LINE_EVERY;
        boolean count = k / 2 % 2 == 0;
        String unit = count ? "KZ-61" : "KZ-" + "A".repeat(1 << 20);
        String value = count ? digits(rnd, 1 << 20) : "1000";
        if (k % 2 == 0) {
            return new Case("csv-1mb-line", "text/csv", csvQuery, utf8(csvHeader + "\n" + csvRow.apply(unit, value) + "\n"));
        }
        return new Case("json-1mb-line", "application/json", "", utf8(jsonBody.apply(unit, value)));
    }

    static <T> T pick(Random rnd, List<T> choices) {
        return choices.get(rnd.nextInt(choices.size()));
    }

    static String formula(Random rnd) {
        return pick(rnd, List.of("=1+1", "=SUM(A1:A9)", "+1+1", "-1+1", "@SUM(1)", "=HYPERLINK(\"http://x\")",
                "=cmd|' /C calc'!A0"));
    }

    /** A positive whole number of {@code length} digits (no leading zero). */
    static String digits(Random rnd, int length) {
        StringBuilder s = new StringBuilder(length);
        s.append((char) ('1' + rnd.nextInt(9)));
        for (int i = 1; i < length; i++) {
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        return s.toString();
    }

    static byte[] randomBytes(Random rnd, int length) {
        byte[] b = new byte[length];
        rnd.nextBytes(b);
        return b;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
