package org.seatwise.model.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.sizing.SeatSize;

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
        SeatSize size = configuration.rule().apply(configuration.model(), unit.latestRoll().voters(), cap);
        Integer gap = unit.currentSeats() == null ? null : unit.currentSeats() - size.seats();
        String name = String.join("|", unit.unitCode(), configuration.key(), unit.latestRoll().bulletinId(),
                Long.toString(unit.latestRoll().voters()), String.valueOf(unit.currentSeats()), String.valueOf(cap));
        UUID id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        return Optional.of(new Recommendation(id, unit.unitCode(), configuration, unit.latestRoll(), size,
                unit.currentSeats(), gap, now));
    }
}
