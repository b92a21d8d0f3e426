package org.seatwise.model.apportionment;

import java.util.ArrayList;
import java.util.List;

/** Builds requests from plain arrays for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static List<Unit> units(long... populations) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < populations.length; i++) {
            units.add(new Unit("u" + (i + 1), populations[i]));
        }
        return units;
    }

    static List<Unit> units(String[] ids, long[] populations) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < populations.length; i++) {
            units.add(new Unit(ids[i], populations[i]));
        }
        return units;
    }

    static int[] seats(ApportionmentMethod method, int house, long... populations) {
        return Apportionment.apportion(ApportionmentRequest.of(method, house, units(populations))).seatsPerUnit();
    }

    static long[] populations(List<Unit> units) {
        return units.stream().mapToLong(Unit::population).toArray();
    }
}
