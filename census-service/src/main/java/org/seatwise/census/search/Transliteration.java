package org.seatwise.census.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Kazakh and Russian Cyrillic to plain Latin letters, and the spelling-blind key that name search
 * compares. The Latin is the simple ASCII romanisation English texts use for Kazakhstan's places
 * (ж zh, ш sh, ч ch, ц ts, х kh, ы y; the Kazakh letters ә ғ қ ң ө ұ ү һ і lose their marks: a g k
 * n o u u h i), so that {@code Түркістан} reads {@code Turkistan}.
 */
public final class Transliteration {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('і', "i"), Map.entry('к', "k"),
            Map.entry('қ', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "n"),
            Map.entry('о', "o"), Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Transliteration() {
    }

    /** Lower-case Latin: Cyrillic romanised, everything else kept. */
    public static String latin(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = CYRILLIC.get(c);
            out.append(mapped != null ? mapped : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * The key two spellings of one name share: Latin (above), marks removed (Kazakh Latin ä ğ ñ ö ū ü ı),
     * then the usual variants folded — j and zh, kh and h, gh and g, q and k, w and u, y and i — doubled
     * letters counted once, and everything but letters and digits dropped. {@code Qaraghandy}, {@code Karagandy} and
     * {@code Қарағанды} all give {@code karagandi}; {@code Nur-Sultan} and {@code Нұр-Сұлтан} give
     * {@code nursultan}.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        // ё is commonly written е, so both spell one key
        String latin = latin(text.replace('ё', 'е').replace('Ё', 'Е')).replace("ı", "i").replace("ş", "sh").replace("ç", "ch");
        String bare = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String folded = bare.replace("j", "zh").replace("kh", "h").replace("gh", "g").replace('q', 'k')
                .replace('w', 'u').replace('y', 'i');
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // letters of a script the table does not romanise are kept, so that such names still match themselves
            boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || Character.isLetterOrDigit(c);
            // a doubled letter counts once: Mangghystau (ISO's ng + gh) and Mangystau meet
            if (kept && (key.isEmpty() || key.charAt(key.length() - 1) != c || Character.isDigit(c))) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
