package org.seatwise.bench.propagation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Councils for bulletins of any size up to 100,000: the 20 real regions with the study's Table 2
 * rolls first; then, below them, districts, cities of regional significance, city districts and
 * rural councils to 3,500 units (Kazakhstan's councils at all levels, synthesised: the real lower
 * units are not in the seed); then, beyond Kazakhstan, more rural councils (villages) under the
 * districts up to the size asked for. A bulletin of N units is the first N units of the list.
 *
 * <p>Sizes are plausible, not real: a region's roll is shared 30/70 between its cities and its
 * districts, a district's 60 % among its rural councils, with log-normal weights (σ = 0.6); a
 * village has a log-normal roll around 400 voters. A fixed seed makes every run the same.
 */
public final class SyntheticKazakhstan {

    /** A council: its code, kind, parent and voters on the base roll. */
    public record Unit(String code, String kind, String parentCode, long voters) {
    }

    static final int KAZAKHSTAN_COUNCILS = 3_500;
    private static final int DISTRICTS = 180;
    private static final int REGIONAL_CITIES = 40;
    private static final Map<String, Integer> CITY_DISTRICTS = Map.of("KZ-75", 8, "KZ-71", 5, "KZ-79", 4);

    private final List<Unit> units = new ArrayList<>();

    /** @param root the project folder (regions from census-service's seed, rolls from election-service's) */
    public SyntheticKazakhstan(Path root, int size) throws IOException {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String line : lines(root.resolve("census-service/src/main/resources/seed/kz/regions.csv"))) {
            String[] f = line.split(",", 3);
            kinds.put(f[0], f[1]);
        }
        List<Unit> regions = new ArrayList<>();
        for (String line : lines(root.resolve("election-service/src/main/resources/seed/kz/paper-table2-cube-root.csv"))) {
            String[] f = line.split(",", 4);
            regions.add(new Unit(f[0], kinds.get(f[0]), "KZ", Long.parseLong(f[2])));
        }
        units.addAll(regions);
        Random random = new Random(20_251_201L);
        List<Unit> oblasts = regions.stream().filter(r -> r.kind().equals("OBLAST")).toList();
        long oblastVoters = oblasts.stream().mapToLong(Unit::voters).sum();
        List<Unit> districts = new ArrayList<>();
        for (Unit region : regions) {
            Integer cityDistricts = CITY_DISTRICTS.get(region.code());
            if (cityDistricts != null) {
                units.addAll(split(region, "D", "DISTRICT", cityDistricts, region.voters(), random));
                continue;
            }
            int d = (int) Math.max(4, Math.round((double) DISTRICTS * region.voters() / oblastVoters));
            int c = (int) Math.max(1, Math.round((double) REGIONAL_CITIES * region.voters() / oblastVoters));
            units.addAll(split(region, "C", "CITY", c, Math.round(region.voters() * 0.3), random));
            List<Unit> own = split(region, "D", "DISTRICT", d, Math.round(region.voters() * 0.7), random);
            units.addAll(own);
            districts.addAll(own);
        }
        long districtVoters = districts.stream().mapToLong(Unit::voters).sum();
        int rural = KAZAKHSTAN_COUNCILS - units.size();
        int placed = 0;
        for (int i = 0; i < districts.size(); i++) {
            Unit district = districts.get(i);
            int r = i == districts.size() - 1 ? rural - placed
                    : (int) Math.round((double) rural * district.voters() / districtVoters);
            units.addAll(split(district, "R", "RURAL_DISTRICT", r, Math.round(district.voters() * 0.6), random));
            placed += r;
        }
        for (int v = 0; units.size() < size; v++) {
            Unit district = districts.get(v % districts.size());
            long voters = Math.max(50, Math.round(400 * Math.exp(0.6 * random.nextGaussian())));
            units.add(new Unit(String.format("%s-V%04d", district.code(), v / districts.size() + 1), "RURAL_DISTRICT",
                    district.code(), voters));
        }
        if (size < units.size()) {
            units.subList(size, units.size()).clear();
        }
    }

    public List<Unit> units() {
        return units;
    }

    /** The first N units, each with its base roll plus {@code shift} voters (every post changes every figure). */
    public String bulletinCsv(int n, int shift) {
        StringBuilder csv = new StringBuilder("unit_code,voters\n");
        for (Unit u : units.subList(0, n)) {
            csv.append(u.code()).append(',').append(u.voters() + shift).append('\n');
        }
        return csv.toString();
    }

    private static List<Unit> split(Unit parent, String letter, String kind, int count, long voters, Random random) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = Math.exp(0.6 * random.nextGaussian());
            sum += weights[i];
        }
        List<Unit> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new Unit(String.format("%s-%s%02d", parent.code(), letter, i + 1), kind, parent.code(),
                    Math.max(50, Math.round(voters * weights[i] / sum))));
        }
        return parts;
    }

    private static List<String> lines(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }
}
