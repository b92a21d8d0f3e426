package org.seatwise.census.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.FormerName;
import org.seatwise.census.unit.UnitNames;

/**
 * Finds units by any of their names, current or former, in Kazakh, Russian or English, typed in
 * Cyrillic or Latin and in any case, and by code or alias: a unit matches when the query's
 * {@linkplain Transliteration#searchKey search key} occurs in the key of one of its names.
 */
public final class NameSearch {

    private final String query;
    private final String key;

    /** @throws IllegalArgumentException when the query has no letter or digit to search for */
    public NameSearch(String query) {
        this.query = query;
        this.key = Transliteration.searchKey(query);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the query has no letter or digit to search for");
        }
    }

    /**
     * Which name matched.
     *
     * @param name  the name as stored
     * @param where {@code names.kk}, {@code formerNames[0].ru}, {@code code}, {@code aliases}…
     */
    public record Match(String name, String where) {
    }

    public String query() {
        return query;
    }

    /** The first name of the unit that matches: today's names first, then former names, then codes. */
    public Optional<Match> match(AdministrativeUnit unit) {
        List<Match> candidates = new ArrayList<>();
        add(candidates, unit.names(), "names");
        List<FormerName> former = unit.formerNames();
        for (int i = former.size() - 1; i >= 0; i--) {
            add(candidates, former.get(i).names(), "formerNames[" + i + "]");
        }
        candidates.add(new Match(unit.code(), "code"));
        unit.aliases().forEach(a -> candidates.add(new Match(a, "aliases")));
        return candidates.stream().filter(m -> Transliteration.searchKey(m.name()).contains(key)).findFirst();
    }

    private static void add(List<Match> to, UnitNames names, String prefix) {
        if (names.kk() != null) {
            to.add(new Match(names.kk(), prefix + ".kk"));
        }
        if (names.ru() != null) {
            to.add(new Match(names.ru(), prefix + ".ru"));
        }
        to.add(new Match(names.en(), prefix + ".en"));
    }
}
