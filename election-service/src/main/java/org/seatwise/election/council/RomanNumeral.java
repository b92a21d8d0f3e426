package org.seatwise.election.council;

/** Convocations are numbered in Roman numerals; this reads them (subtractive form, I to MMMCMXCIX). */
final class RomanNumeral {

    private RomanNumeral() {
    }

    static int parse(String text) {
        String s = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!s.matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})") || s.isEmpty()) {
            throw new IllegalArgumentException("not a Roman numeral: " + text);
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
            case 'M' -> 1000;
            default -> throw new IllegalArgumentException("not a Roman digit: " + c);
        };
    }
}
