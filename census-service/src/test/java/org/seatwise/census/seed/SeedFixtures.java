package org.seatwise.census.seed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.LineageGraph;
import org.seatwise.census.unit.AdministrativeUnit;

/** Kazakhstan's seed as plain values, read once, for the domain specifications. */
public final class SeedFixtures {

    public static final List<AdministrativeUnit> UNITS = KazakhstanSeedData.units();
    public static final List<LineageEvent> EVENTS = KazakhstanSeedData.lineage();
    public static final Map<String, AdministrativeUnit> BY_CODE = UNITS.stream()
            .collect(Collectors.toMap(AdministrativeUnit::code, Function.identity()));
    public static final LineageGraph GRAPH = LineageGraph.of(EVENTS);

    private SeedFixtures() {
    }

    public static AdministrativeUnit unit(String code) {
        AdministrativeUnit u = BY_CODE.get(code);
        if (u == null) {
            throw new IllegalArgumentException("no seeded unit " + code);
        }
        return u;
    }
}
