package org.seatwise.model.recommendation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.sizing.SeatSize;
import org.seatwise.model.sizing.SeatSizeModel;

/** Turns a unit's inputs into a recommendation under one configuration; pure. */
public final class RecommendationCalculator {

    private RecommendationCalculator() {
    }

    /**
     * @param cap the legal maximum in force for the unit on the roll date, null when none is known
     * @return empty when the unit has no roll figure yet
     */
    public static Optional<Recommendation> compute(UnitInputs unit, Configuration configuration, Integer cap, Instant now) {
        if (unit.latestRoll() == null) {
            return Optional.empty();
        }
        return Optional.of(compute(unit, configuration, configuration.model().raw(unit.latestRoll().voters()), cap, now));
    }

    /**
     * The unit's recommendation under each configuration, in their order (empty when the unit has no roll
     * figure yet). A model's value is computed once for all the rules that share it: the cube root to 34
     * digits was the largest computing cost of a large bulletin, paid three times over.
     */
    public static Map<Configuration, Recommendation> computeAll(UnitInputs unit, List<Configuration> configurations, Integer cap,
            Instant now) {
        Map<Configuration, Recommendation> all = new LinkedHashMap<>();
        if (unit.latestRoll() == null) {
            return all;
        }
        Map<SeatSizeModel, BigDecimal> raw = new HashMap<>();
        for (Configuration configuration : configurations) {
            BigDecimal value = raw.computeIfAbsent(configuration.model(), m -> m.raw(unit.latestRoll().voters()));
            all.put(configuration, compute(unit, configuration, value, cap, now));
        }
        return all;
    }

    private static Recommendation compute(UnitInputs unit, Configuration configuration, BigDecimal raw, Integer cap, Instant now) {
        SeatSize size = configuration.rule().apply(raw, cap);
        Integer gap = unit.currentSeats() == null ? null : unit.currentSeats() - size.seats();
        String name = String.join("|", unit.unitCode(), configuration.key(), unit.latestRoll().bulletinId(),
                Long.toString(unit.latestRoll().voters()), String.valueOf(unit.currentSeats()), String.valueOf(cap));
        UUID id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        return new Recommendation(id, unit.unitCode(), configuration, unit.latestRoll(), size, unit.currentSeats(), gap, now);
    }
}
